/*
 * Faces Ajax replaces the elements it renders, so a button a keyboard or screen reader user has
 * just pressed would lose the focus, which would fall back to the top of the page. Used as
 * <f:ajax onevent="opencrcn.keepFocus">: once the update is done, the focus goes to the new copy of
 * the button, or, when the button is gone (a removed row), to the element its data-focus-after
 * attribute names.
 */
var opencrcn = window.opencrcn || {};
opencrcn.keepFocus = function (data) {
  if (data.status !== "success" || !data.source) {
    return;
  }
  var target = document.getElementById(data.source.id)
      || document.getElementById(data.source.getAttribute("data-focus-after"));
  if (target) {
    target.focus();
  }
};
