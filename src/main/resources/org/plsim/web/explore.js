// PLSim explorer: keeps each slider and its number box in step, and marks the results busy while a run is
// pending. Everything else is htmx (hx-* attributes) and works as a plain GET form without this file.
document.documentElement.classList.add('js');
document.addEventListener('input', function (e) {
  var t = e.target;
  if (t.classList && t.classList.contains('slider')) {
    var box = document.getElementById(t.getAttribute('data-for'));
    if (box) { box.value = t.value; }
  } else if (t.type === 'number') {
    var slider = document.getElementById('r-' + t.id);
    if (slider) { slider.value = t.value; }
  }
});
document.addEventListener('change', function (e) {
  if (e.target.type === 'checkbox' && e.target.form) {
    e.target.form.dispatchEvent(new CustomEvent('plan-change', {bubbles: true}));
  }
});
document.addEventListener('htmx:beforeRequest', function () {
  var r = document.getElementById('results');
  if (r) { r.setAttribute('aria-busy', 'true'); }
});
document.addEventListener('htmx:afterSettle', function () {
  var r = document.getElementById('results');
  if (r) { r.setAttribute('aria-busy', r.classList.contains('preview') ? 'true' : 'false'); }
});
