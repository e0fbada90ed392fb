#!/usr/bin/env bash
# Installs PLSim's Java kernel into your own Jupyter (a user kernelspec named plsim-java, "PLSim (Java)"), so
# that JupyterLab or Notebook can open notebooks/*.ipynb interactively:
#
#     notebooks/install-kernel.sh          # once per checkout (again if you move it or change JDK)
#     jupyter lab notebooks/               # any Jupyter you have; pick the "PLSim (Java)" kernel
#
# The kernelspec points into this checkout's build, target/jupyter/kernels/plsim-java/: the rapaio Java kernel
# (from Maven Central) and, before it on the class path, PLSim's start-up fix and quiet logging. Maven lays
# that folder out (it builds it here if it is missing). The notebooks' first cell then adds this checkout's
# classes and libraries (%classpath ../target/classes, %jar ../target/notebook-lib): rebuild after changing
# PLSim's sources (mvn -q test-compile) and restart the kernel.
#
# Java: $JAVA_HOME/bin/java if JAVA_HOME is set, else the java on the PATH. Heap: PLSIM_KERNEL_HEAP (default 2g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$here/target/jupyter/kernels/plsim-java"

if ! command -v jupyter >/dev/null 2>&1; then
  echo "install-kernel: no jupyter on the PATH; install Jupyter first (e.g. pip install jupyterlab, or on Debian" \
       "apt-get install jupyter-notebook)" >&2
  exit 1
fi
if ! ls "$home"/rapaio-jupyter-kernel-*.jar >/dev/null 2>&1 || [ ! -f "$home/patch/logging.properties" ]; then
  echo "install-kernel: building PLSim and the kernel folder (mvn -q test-compile)..." >&2
  (cd "$here" && mvn -B -q test-compile)
fi
jar="$(ls "$home"/rapaio-jupyter-kernel-*.jar | head -1)"
java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
java="$(readlink -f "${java:-$(command -v java)}")"

spec="$(jupyter --data-dir)/kernels/plsim-java"
mkdir -p "$spec"
cat > "$spec/kernel.json" <<JSON
{
  "argv": ["$java", "-Djava.awt.headless=true", "-Xmx${PLSIM_KERNEL_HEAP:-2g}", "-cp", "$home/patch:$jar",
           "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
  "display_name": "PLSim (Java)",
  "language": "java",
  "interrupt_mode": "message"
}
JSON
echo "Installed the kernel \"PLSim (Java)\" (plsim-java) in $spec"
echo "Open the notebooks with e.g.: jupyter lab $here/notebooks"
