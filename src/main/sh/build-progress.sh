#!/usr/bin/env bash
# build-progress.sh LOG — what ./plsim shows while Maven builds: reads Maven's output on stdin, appends every line
# to LOG (printed whole if the build fails), and tells standard error which step Maven is at and how long the build
# has taken: on a terminal one line, rewritten every second; otherwise a plain line per step. Only the launcher's
# build path runs it, so a run of an already-built PLSim starts no extra process.
set -u
log="$1"
: >"$log"
start=$SECONDS
step="starting Maven"
shown=""
if [ -t 2 ]; then tty=1; else tty=0; fi
show() {
  local text
  text="plsim: building, $((SECONDS - start)) s: $step"
  if [ "$tty" = 1 ]; then
    printf '\r\033[K%s' "${text:0:$(( ${COLUMNS:-100} - 1 ))}" >&2
  elif [ "$step" != "$shown" ]; then
    printf '%s\n' "$text" >&2
  fi
  shown="$step"
}
# A Maven step line, "[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ plsim ---" (or
# "--- compiler:3.13.0:compile ..." from Maven 4), becomes "compiling PLSim (compiler:compile)"; downloads are
# counted.
downloads=0
pending=""
while :; do
  if IFS= read -r -t 1 line; then
    line="$pending$line"
    pending=""
    printf '%s\n' "$line" >>"$log"
    case "$line" in
      *"--- "*":"*" @ "*" ---"*)
        plugin="${line#*--- }"; plugin="${plugin%% *}"
        name="${plugin%%:*}"; name="${name#maven-}"; name="${name%-plugin}"
        goal="${plugin##*:}"
        case "$goal" in
          compile) what="compiling PLSim" ;;
          testCompile) what="tests skipped (not compiled)" ;;
          test) what="tests skipped" ;;
          jar) what="packaging" ;;
          copy|copy-dependencies) what="copying libraries" ;;
          *) what="preparing" ;;
        esac
        step="$what ($name:$goal)"
        show ;;
      *"Downloading from "*|*"Downloaded from "*)
        downloads=$((downloads + 1))
        step="fetching libraries from Maven Central ($downloads files; once only)"
        show ;;
      "[INFO] BUILD SUCCESS"*) step="done"; show ;;
    esac
  else
    status=$?
    pending="$pending$line"
    if [ "$status" -le 128 ]; then # end of input (a status above 128 is the one-second timeout)
      [ -n "$pending" ] && printf '%s' "$pending" >>"$log"
      break
    fi
    [ "$tty" = 1 ] && show
  fi
done
if [ "$tty" = 1 ]; then printf '\n' >&2; fi
exit 0
