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
  function load() {
    if (loaded) return;
    loaded = true;
    var tag = document.createElement("script");
    tag.src = bundle;
    tag.onload = function () {
      document.dispatchEvent(new Event("DOMContentLoaded"));
      var input = document.querySelector(".md-search__input");
      var toggle = document.getElementById("__search");
      if (input && toggle && toggle.checked) input.focus();
    };
    document.body.appendChild(tag);
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) load();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) load();
  });
  document.addEventListener("keydown", function (event) {
    if (loaded || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== "/" && event.key !== "s") return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    var toggle = document.getElementById("__search");
    if (!toggle) return;
    event.preventDefault();
    toggle.checked = true;
    load();
  });
})();
