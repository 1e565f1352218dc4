/* Search on demand. Material's bundle (114 KB) builds the search and starts its search worker
 * and index download on every page; this site uses it for nothing else. So pages load
 * without it, and it is loaded the moment the visitor opens search: a tap on the search
 * button, focus in the search box, or "/" or "s" on a keyboard. The bundle starts on
 * DOMContentLoaded, which has passed by then, so that event is sent again once it is loaded.
 *
 * Material asks for "search/search_index.json" at the site's root; the request is pointed
 * at the index of the page's own language (data-index on this script's tag). */
(function () {
  "use strict";
  var script = document.currentScript;
  var bundle = script && script.getAttribute("data-bundle");
  var index = script && script.getAttribute("data-index");
  if (!bundle || !index) return;
  index = new URL(index, location.href).href;
  document.documentElement.classList.remove("no-js");  /* search works now: show its button */

  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (/\/search\/search_index\.json$/.test(String(url))) arguments[1] = index;
    return open.apply(this, arguments);
  };

  var loaded = false;
  var closedByVisitor = false;  /* Escape, or a tap on what closes search, since Material started */
  function load() {
    if (loaded) return;
    loaded = true;
    var tag = document.createElement("script");
    tag.src = bundle;
    tag.onload = function () {
      var toggle = document.getElementById("__search");
      var opened = toggle && toggle.checked;
      closedByVisitor = false;
      document.dispatchEvent(new Event("DOMContentLoaded"));
      if (opened) keepOpen(toggle);
    };
    document.body.appendChild(tag);
  }

  /* Material closes search once, shortly after it starts (as on every page load, when nothing
   * is open yet). The visitor opened it before: open it again then, unless they closed it. */
  function keepOpen(toggle) {
    focusSearch();
    toggle.addEventListener("change", function reopen() {
      toggle.removeEventListener("change", reopen);
      if (toggle.checked || closedByVisitor) return;
      toggle.click();  /* as Material opens it: its parts follow the toggle's change event */
      focusSearch();
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.isTrusted && event.key === "Escape") closedByVisitor = true;
  }, true);
  document.addEventListener("pointerdown", function (event) {
    var target = event.target.closest && event.target.closest("label[for='__search']");
    if (event.isTrusted && target) closedByVisitor = true;
  }, true);

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) load();
  });
  document.addEventListener("change", function (event) {
    if (loaded || event.target.id !== "__search" || !event.target.checked) return;
    focusSearch();
    load();
  });
  document.addEventListener("keydown", function (event) {
    if (loaded || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== "/" && event.key !== "s") return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    var toggle = document.getElementById("__search");
    if (!toggle) return;
    event.preventDefault();
    toggle.checked = true;
    focusSearch();
    load();
  });

  /* What the visitor types goes into the search box at once, also before Material is loaded. */
  function focusSearch() {
    var input = document.querySelector(".md-search__input");
    if (input) input.focus();
  }
})();
