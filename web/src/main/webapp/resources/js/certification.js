/*
 * The certification test page: the countdown of the whole test (the server refuses answers after
 * the limit; this only shows the time left) and, on a focused question, leaving the page (another
 * tab or window) ends the question: the hidden "focus lost" button tells the server once.
 */
(function () {
  var clock = document.getElementById('test-clock');
  if (clock) {
    var shown = document.getElementById('test-clock-left');
    var endsAt = Date.now() + parseInt(clock.getAttribute('data-seconds-left'), 10) * 1000;
    var tick = function () {
      var remaining = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      var minutes = Math.floor(remaining / 60);
      var rest = remaining % 60;
      shown.textContent = minutes + ':' + (rest < 10 ? '0' : '') + rest;
      if (remaining > 0) {
        window.setTimeout(tick, 500);
      } else {
        document.getElementById('test-clock-over').hidden = false;
      }
    };
    tick();
  }
  var focused = document.getElementById('focused-question');
  var lost = document.getElementById('focus-form:focus-lost');
  if (focused && lost) {
    var sent = false;
    var leave = function () {
      if (!sent) {
        sent = true;
        lost.click();
      }
    };
    window.addEventListener('blur', leave);
    document.addEventListener('visibilitychange', function () {
      if (document.hidden) {
        leave();
      }
    });
  }
})();
