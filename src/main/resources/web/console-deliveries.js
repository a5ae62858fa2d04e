/* Comptoir console: CRM deliveries (pending, delivered, dead) with their last error, and resending one.
   Kept apart from console.js so the conversation views stay as they are; all data goes in with textContent. */
(function () {
  "use strict";
  var KEY = "comptoir.internalKey";
  var LABEL = { pending: "En attente", delivered: "Livré", dead: "Abandonné" };
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, text) { var e = document.createElement(tag); if (text != null) e.textContent = text; return e; }
  function call(path, method) {
    return fetch(path, { method: method || "GET", headers: { Authorization: "Bearer " + sessionStorage.getItem(KEY) } });
  }
  function load() {
    if (!sessionStorage.getItem(KEY) || !$("delivery-rows")) return;
    var status = $("delivery-status").value;
    call("/api/internal/deliveries?limit=50" + (status ? "&status=" + status : "")).then(function (r) {
      return r.ok ? r.json() : [];
    }).then(function (rows) {
      var body = $("delivery-rows");
      body.textContent = "";
      rows.forEach(function (d) {
        var tr = el("tr");
        tr.appendChild(el("td", new Date(d.created_at).toLocaleString("fr-FR")));
        tr.appendChild(el("td", d.endpoint + " · " + d.conversation_id));
        tr.appendChild(el("td", LABEL[d.status] || d.status));
        tr.appendChild(el("td", String(d.attempts)));
        tr.appendChild(el("td", d.last_error || "—"));
        var cell = el("td");
        if (d.status !== "pending") {
          var b = el("button", "Renvoyer");
          b.className = "btn";
          b.type = "button";
          b.addEventListener("click", function () { call("/api/internal/deliveries/" + encodeURIComponent(d.id) + "/resend", "POST").then(load); });
          cell.appendChild(b);
        }
        tr.appendChild(cell);
        body.appendChild(tr);
      });
    }).catch(function () {});
  }
  $("delivery-status").addEventListener("change", load);
  window.addEventListener("hashchange", load);
  $("login-form").addEventListener("submit", function () { setTimeout(load, 500); });
  load();
})();
