/*
 * DN Academy lesson page: while the page is open and visible, tells the server every 15 seconds
 * that the trainee is still reading. The server measures the time between these signals itself
 * (and ignores gaps, so a hidden tab or a sleeping laptop adds nothing); this script only says
 * "still here". Without it the lesson works the same, and no reading time is recorded.
 */
(function () {
    "use strict";

    var element = document.getElementById("reading");
    if (!element || !window.fetch) {
        return;
    }
    var url = element.getAttribute("data-reading-url");
    var timer = null;

    function signal() {
        if (document.visibilityState !== "visible") {
            return;
        }
        fetch(url, {method: "POST", credentials: "same-origin", headers: {"X-DNA-Reading": "1"}}).then(function (response) {
            if (response.status === 403 || response.status === 404 || response.status === 401) {
                stop();
            }
        }).catch(function () {
            // Offline for a moment: the next signal starts a new stretch.
        });
    }

    function start() {
        if (timer === null) {
            signal();
            timer = window.setInterval(signal, 15000);
        }
    }

    function stop() {
        if (timer !== null) {
            window.clearInterval(timer);
            timer = null;
        }
    }

    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState === "visible") {
            start();
        } else {
            stop();
        }
    });
    start();
}());
