/* Load the search index only when the visitor opens search, and only the index of the
 * page's own language. Material requests "search/search_index.json" with XMLHttpRequest
 * as soon as a page loads; this script, loaded before Material's, points that request at
 * the language's index (data-index on this script's tag) and holds it back until the
 * search field gets focus or the search button is pressed. */
(function () {
  "use strict";
  var script = document.currentScript;
  var index = script && script.getAttribute("data-index");
  if (!index) return;
  index = new URL(index, location.href).href;

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var waiting = [];
  var released = false;

  XMLHttpRequest.prototype.open = function (method, url) {
    if (/\/search\/search_index\.json$/.test(String(url))) {
      this.infopuntIndex = true;
      arguments[1] = index;
    }
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    if (this.infopuntIndex && !released) {
      waiting.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function release() {
    if (released) return;
    released = true;
    waiting.forEach(function (request) { send.apply(request[0], request[1]); });
    waiting = [];
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) release();
  });
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("label[for=__search]")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) release();
  });
})();
