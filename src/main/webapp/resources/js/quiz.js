/*
 * DN Academy quiz page: saves each answer the moment it changes, and shows the time left.
 * Everything that matters (saving, grading, the deadline) is decided by the server; without this
 * script the page still works, saving whenever a button is pressed.
 */
(function () {
    "use strict";

    function autosave(form) {
        var url = form.getAttribute("data-autosave");
        var status = document.getElementById("autosave");
        // Each save carries a revision one higher than the last; the form's own buttons send the
        // newest, so a slow automatic save can never overwrite a later answer.
        var revision = document.getElementById("revision");
        if (!url || !revision) {
            return;
        }
        form.addEventListener("change", function (event) {
            if (!event.target.name || (event.target.name !== "answer" && event.target.name !== "flagged")) {
                return;
            }
            var body = new URLSearchParams();
            form.querySelectorAll("input[name=answer]:checked").forEach(function (input) {
                body.append("answer", input.value);
            });
            if (form.querySelector("input[name=flagged]:checked")) {
                body.append("flagged", "true");
            }
            body.append("revision", revision.value);
            revision.value = String(parseInt(revision.value, 10) + 1);
            status.textContent = "Saving…";
            fetch(url, {
                method: "POST",
                credentials: "same-origin",
                headers: {"X-DNA-Autosave": "1", "Content-Type": "application/x-www-form-urlencoded"},
                body: body.toString()
            }).then(function (response) {
                if (response.status === 204) {
                    status.textContent = "Answer saved.";
                } else if (response.status === 410) {
                    // Submitted or out of time: the page shows what happened.
                    return response.json().then(function (body) {
                        status.textContent = body.message;
                        window.location.reload();
                    });
                } else if (response.status === 401) {
                    status.textContent = "You were signed out. Sign in again: every answer saved so far is kept.";
                } else if (response.status === 409 || response.status === 400) {
                    return response.json().then(function (body) {
                        status.textContent = body.message;
                    });
                } else {
                    status.textContent = "Not saved automatically: press a button below to save.";
                }
            }).catch(function () {
                status.textContent = "Not saved automatically (no connection): press a button below to save.";
            });
        });
    }

    function countdown(timer) {
        var left = parseInt(timer.getAttribute("data-millis-left"), 10);
        var shown = document.getElementById("time-left");
        var end = Date.now() + left;
        function tick() {
            var remaining = Math.max(0, end - Date.now());
            var seconds = Math.floor(remaining / 1000);
            shown.textContent = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
            if (remaining <= 0) {
                // The server has the real clock: reloading shows the submitted attempt.
                window.setTimeout(function () { window.location.reload(); }, 6000);
                return;
            }
            window.setTimeout(tick, 1000);
        }
        tick();
    }

    document.addEventListener("DOMContentLoaded", function () {
        var form = document.querySelector("form[data-autosave]");
        if (form) {
            autosave(form);
        }
        var timer = document.getElementById("timer");
        if (timer) {
            countdown(timer);
        }
    });
}());
