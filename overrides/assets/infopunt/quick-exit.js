/* Quick exit (partials/quick-exit.html). A click on the quick exit, or Shift pressed 3 times
 * within 2 seconds (as GOV.UK's "Exit this page"), hides the page at once, tells screen
 * readers, and goes to the neutral site in place of this page in the browser history.
 * Without JavaScript the link itself still leads there.
 *
 * With data-replace-history on the bar, every link to another page of this site replaces
 * the current history entry instead of adding one: the visit stays one entry long, so Back
 * after the quick exit leaves the site however many pages were read. (The browser's history
 * list still records each page; only the Back button is kept clean.) */
(function () {
  "use strict";
  var link = document.querySelector(".infopunt-exit");
  if (!link) return;
  var bar = document.querySelector(".infopunt-safety");
  var status = document.querySelector(".infopunt-exit__status");
  var presses = [];

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("infopunt-leaving");
    if (status) status.textContent = status.getAttribute("data-text");
    document.title = "";
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") presses = [];  /* Shift with another key (a capital) does not count */
  });
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") return;
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 2000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });

  if (!bar || !bar.hasAttribute("data-replace-history")) return;
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey ||
        event.altKey) return;  /* a new tab or window, or handled already */
    var anchor = event.target.closest && event.target.closest("a[href]");
    if (!anchor || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
    var url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    location.replace(url.href);
  });
})();
