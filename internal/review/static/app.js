// extract review: small progressive enhancements; every page works without it.
(function () {
  "use strict";
  // Filters apply as soon as a menu changes.
  var form = document.getElementById("filters");
  if (form) {
    form.querySelectorAll("select, input[type=checkbox]").forEach(function (el) {
      el.addEventListener("change", function () { form.submit(); });
    });
  }
  // On a claim page, open the whole article at the quantity when asked.
  var full = document.querySelector("details.full");
  if (full) {
    full.addEventListener("toggle", function () {
      var q = full.querySelector(".hl-q");
      if (full.open && q) { q.scrollIntoView({ block: "center" }); }
    });
  }
  // A link to a group folded inside <details> opens it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
    if (el) { el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  // Keyboard: 1–4 choose a verdict when not typing.
  var radios = document.querySelectorAll("form.review input[type=radio]");
  document.addEventListener("keydown", function (e) {
    var t = e.target && e.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var n = parseInt(e.key, 10);
    if (n >= 1 && n <= radios.length) { radios[n - 1].checked = true; radios[n - 1].focus(); }
  });
})();
