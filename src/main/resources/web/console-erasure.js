/* Erasure from the console: a dry run first shows how many conversations the exact email or phone would erase;
   only then can the team confirm. The value never leaves this page except to the erasure endpoint. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  if (!$("erasure-form")) return;
  var pending = null;
  function body(value, dry) {
    var b = value.indexOf("@") >= 0 ? { email: value } : { phone: value };
    b.dry_run = dry;
    return JSON.stringify(b);
  }
  function call(value, dry) {
    return fetch("/api/internal/erasure", {
      method: "POST", body: body(value, dry),
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + sessionStorage.getItem("comptoir.internalKey") }
    }).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || r.statusText); return j; });
    });
  }
  $("erasure-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var value = $("erasure-value").value.trim();
    $("erasure-confirm").hidden = true; pending = null;
    call(value, true).then(function (r) {
      $("erasure-count").textContent = r.would_erase + " conversation(s) seraient effacées.";
      if (r.would_erase > 0) { pending = value; $("erasure-confirm").hidden = false;
        $("erasure-confirm").textContent = "Effacer " + r.would_erase + " conversation(s)"; }
    }).catch(function (err) { $("erasure-count").textContent = err.message; });
  });
  $("erasure-confirm").addEventListener("click", function () {
    if (!pending || !confirm("Effacement définitif. Continuer ?")) return;
    call(pending, false).then(function (r) {
      $("erasure-count").textContent = r.erased + " conversation(s) effacées.";
      $("erasure-confirm").hidden = true; pending = null; $("erasure-value").value = "";
    }).catch(function (err) { $("erasure-count").textContent = err.message; });
  });
})();
