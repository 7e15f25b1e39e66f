/*
 * The header's menu on a narrow screen (CSS shows the button below 48rem only). Without script the
 * button stays hidden and the menu open, so nothing becomes unreachable.
 */
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.getElementById("menu-toggle");
  var menu = document.getElementById("site-menu");
  if (!toggle || !menu) {
    return;
  }
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("open", open);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      menu.classList.remove("open");
      toggle.focus();
    }
  });
});
