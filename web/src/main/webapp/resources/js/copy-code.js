/*
 * Copy buttons of a session's codes: a button with data-copy="<id>" copies the text of the element
 * of that id to the clipboard, and says so in the live region named by data-copied (a screen
 * reader announces it). Loaded as a file: the pages' CSP allows no inline script.
 */
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("[data-copy]") : null;
  if (!button || !navigator.clipboard) {
    return;
  }
  event.preventDefault();
  var source = document.getElementById(button.getAttribute("data-copy"));
  var status = document.getElementById(button.getAttribute("data-copied"));
  navigator.clipboard.writeText(source.textContent.trim()).then(function () {
    if (status) {
      status.textContent = button.getAttribute("data-copied-text");
    }
  });
});
