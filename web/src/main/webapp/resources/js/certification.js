/*
 * The certification test page: the countdown of the whole test (the server refuses answers after
 * the limit; this only shows the time left) and, on a focused question, leaving the page (another
 * tab or window) ends the question: the hidden "focus lost" button tells the server once.
 *
 * One tab holds the test. The tabs of a browser share its session, so the server cannot tell them
 * apart (it refuses a stale tab's answer, but only once it is sent): a tab opening the test asks
 * the others on a BroadcastChannel, and when one answers that it holds the test, this tab hides the
 * question and says so at once. A tab that gave up never answers for the test, nor reports focus.
 */
(function () {
  var givenUp = false;
  var holds = false;
  var otherTab = document.getElementById('other-tab');
  if (otherTab && typeof BroadcastChannel !== 'undefined') {
    var channel = new BroadcastChannel('opencrcn-certification-' + otherTab.getAttribute('data-course'));
    channel.onmessage = function (event) {
      if (event.data === 'opened' && !givenUp) {
        // Two tabs opened at the same instant both answer, and neither gives up: the server's
        // refusal of a stale answer still holds then.
        holds = true;
        channel.postMessage('held');
      } else if (event.data === 'held' && !givenUp && !holds) {
        givenUp = true;
        document.querySelectorAll('article[data-challenge], #test-clock, #timer, #focused-question, #progress')
          .forEach(function (element) { element.hidden = true; });
        otherTab.hidden = false;
      }
    };
    channel.postMessage('opened');
  }
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
      if (!sent && !givenUp) {
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
