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
  // Type-ahead: the source and article fields ask /suggest as one types
  // and offer what it answers in their <datalist>.
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0, asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 1 || q === asked) { return; }
        asked = q;
        fetch("/suggest?what=" + input.dataset.suggest + "&q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            // An answer that arrives after one types on is stale: drop it,
            // or a slow answer for "i" could replace the one for "inter".
            if (q !== asked) { return; }
            list.textContent = "";
            items.forEach(function (it) {
              var o = document.createElement("option");
              o.value = it.value;
              o.label = it.label + " · " + it.n + " claims";
              list.appendChild(o);
            });
            input.dataset.suggested = String(items.length);
            input.dataset.suggestedFor = q; // what the list answers
          })
          .catch(function () {});
      }, 150);
    });
  });
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
  // Keyboard (when not typing), as listed on each page: on a claim page
  // 1–4 answer the extraction question, t/f/m/u/0 the claim question, s
  // saves, n saves and opens the next unreviewed claim, j/k go to the next
  // or previous claim in article order (of the list it was opened from);
  // on the list j/k move between rows and on to the next or previous page,
  // x selects the row for the bulk verdict, o or Enter opens it.
  function typing(e) {
    var el = e.target, t = el && el.tagName;
    if (t === "INPUT" && /^(radio|checkbox|submit|button)$/.test(el.type)) { t = ""; }
    return t === "INPUT" || t === "TEXTAREA" || t === "SELECT" || (el && el.isContentEditable) || e.ctrlKey || e.metaKey || e.altKey;
  }
  function click(id) { var el = document.getElementById(id); if (el) { el.click(); return true; } return false; }
  var review = document.getElementById("review-form");
  if (review) {
    var ext = review.querySelectorAll("input[name=status]");
    var rate = {};
    review.querySelectorAll("input[name=rating]").forEach(function (el) {
      rate[el.value ? el.value.charAt(0) : "0"] = el;
    });
    document.addEventListener("keydown", function (e) {
      if (typing(e)) { return; }
      var n = parseInt(e.key, 10);
      if (n >= 1 && n <= ext.length) { ext[n - 1].checked = true; ext[n - 1].focus(); e.preventDefault(); return; }
      if (rate[e.key]) { rate[e.key].checked = true; rate[e.key].focus(); e.preventDefault(); return; }
      switch (e.key) {
      case "s": if (review.reportValidity()) { click("save"); } e.preventDefault(); break;
      case "n": if (review.reportValidity()) { click("save-next"); } e.preventDefault(); break;
      case "j": click("next-claim"); break;
      case "k": click("prev-claim"); break;
      }
    });
  }
  var rows = document.querySelectorAll("table.claims tbody tr[data-id]");
  if (rows.length) {
    var cur = -1;
    function go(i) {
      if (cur >= 0) { rows[cur].classList.remove("cursor"); }
      cur = Math.max(0, Math.min(rows.length - 1, i));
      rows[cur].classList.add("cursor");
      rows[cur].scrollIntoView({ block: "nearest" });
    }
    // j past the last row opens the next page at its first row, k before
    // the first the previous page at its last row.
    function page(rel, at) {
      var a = document.querySelector('.pager a[rel="' + rel + '"]');
      if (a) { location.href = a.href.split("#")[0] + "#" + at; return true; }
      return false;
    }
    if (location.hash === "#first") { go(0); }
    if (location.hash === "#last") { go(rows.length - 1); }
    document.addEventListener("keydown", function (e) {
      if (typing(e)) { return; }
      switch (e.key) {
      case "j": if (cur === rows.length - 1 && page("next", "first")) { break; } go(cur + 1); break;
      case "k": if (cur === 0 && page("prev", "last")) { break; } go(cur - 1); break;
      case "x": if (cur >= 0) { var c = rows[cur].querySelector("input.pick"); c.checked = !c.checked; c.dispatchEvent(new Event("change")); } break;
      case "o": case "Enter": if (cur >= 0) { rows[cur].querySelector("a.claim-link").click(); } break;
      default: return;
      }
      e.preventDefault();
    });
  }
  // Bulk verdict: the count of rows picked, and "all on this page".
  var bulk = document.getElementById("bulk");
  if (bulk) {
    var picks = document.querySelectorAll("input.pick");
    var count = document.getElementById("bulk-count");
    var all = document.getElementById("pick-all");
    function recount() {
      var n = 0;
      picks.forEach(function (p) { if (p.checked) { n++; } });
      count.textContent = n + " selected";
    }
    picks.forEach(function (p) { p.addEventListener("change", recount); });
    if (all) {
      all.addEventListener("change", function () {
        picks.forEach(function (p) { p.checked = all.checked; });
        recount();
      });
    }
    recount();
  }
})();
