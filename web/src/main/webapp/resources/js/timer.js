/*
 * Countdown of a timed question. The server decides what counts as late (it knows when the question
 * was first shown); this only shows the time left, and says once, politely, when it has run out.
 */
(function () {
  var timer = document.getElementById('timer');
  if (!timer) {
    return;
  }
  var left = parseInt(timer.getAttribute('data-seconds-left'), 10);
  var shown = document.getElementById('timer-left');
  var over = document.getElementById('timer-over');
  var endsAt = Date.now() + left * 1000;

  function format(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function tick() {
    var remaining = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    shown.textContent = format(remaining);
    if (remaining === 0) {
      over.hidden = false;
      timer.classList.add('timer-over');
      return;
    }
    window.setTimeout(tick, 250);
  }
  tick();
})();
