/* The language menu (partials/alternate.html) is a <details> element and works without
 * JavaScript; with it, a tap elsewhere or Escape closes it, as a menu should. */
(function () {
  "use strict";
  var menu = document.querySelector(".infopunt-lang__menu");
  if (!menu) return;
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) menu.open = false;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
})();
