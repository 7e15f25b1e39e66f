/*
 * A file larger than the platform accepts is refused here, before it is sent: the server cuts
 * requests above its own limit without a page to show, so the person would only see a broken
 * connection. The server still checks every upload itself (this is for people, not for security).
 * Listeners sit on the document: Ajax updates may replace the file inputs.
 */
(function () {
  var SELECTOR = 'input[type=file][data-max-bytes]';

  function messageFor(input) {
    var id = input.id + '-too-large';
    var message = document.getElementById(id);
    if (!message) {
      message = document.createElement('p');
      message.id = id;
      message.className = 'error-text';
      message.setAttribute('role', 'alert');
      input.parentNode.insertBefore(message, input.nextSibling);
    }
    return message;
  }

  function tooLarge(input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    return input.files && input.files.length > 0 && input.files[0].size > max;
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(SELECTOR)) {
      return;
    }
    var message = messageFor(input);
    if (tooLarge(input)) {
      // The file stays chosen (so the message stays too): sending it is what the form refuses.
      message.textContent = input.getAttribute('data-too-large');
      input.setAttribute('aria-invalid', 'true');
    } else {
      message.textContent = '';
      input.removeAttribute('aria-invalid');
    }
  });

  document.addEventListener('submit', function (event) {
    event.target.querySelectorAll(SELECTOR).forEach(function (input) {
      if (tooLarge(input)) {
        messageFor(input).textContent = input.getAttribute('data-too-large');
        event.preventDefault();
      }
    });
  }, true);
})();
