/*
 * Ties each field's error message to its field (WCAG 1.3.1, 3.3.1; RGAA 11.10): a message rendered
 * by <h:message id="x-message" for="x"> next to the field x marks x aria-invalid and adds the
 * message to the field's aria-describedby, so a screen reader reads it with the field. Every page
 * follows that naming; no page needs its own script.
 */
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[id$='-message']").forEach(function (message) {
    if (!message.textContent.trim()) {
      return;
    }
    var field = document.getElementById(message.id.slice(0, -"-message".length));
    if (!field || !field.matches("input, select, textarea")) {
      return;
    }
    field.setAttribute("aria-invalid", "true");
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (described.indexOf(message.id) < 0) {
      described.push(message.id);
      field.setAttribute("aria-describedby", described.join(" "));
    }
  });
});
