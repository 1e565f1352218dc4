/* Quick exit: on a click on the quick exit link, or Shift pressed 3 times within 2 seconds
 * (as GOV.UK's "Exit this page"), hide the page at once, tell screen readers, and go to the
 * neutral site in place of this page in the browser history. Without JavaScript the link
 * itself still leads there. */
(function () {
  "use strict";
  var link = document.querySelector(".infopunt-exit");
  if (!link) return;
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
})();
