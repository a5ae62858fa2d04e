/* Comptoir console: conversation list and conversation view. All data is inserted with textContent. */
(function () {
  "use strict";
  var KEY = "comptoir.internalKey";
  var $ = function (id) { return document.getElementById(id); };
  var current = null;
  var STATUS = { active: "En cours", ended: "Terminée" };
  var STAGE = { welcome: "Accueil", intake: "Questions", answer: "Réponse", cta: "Proposition", closed: "Clôturée" };

  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function key() { return sessionStorage.getItem(KEY); }
  function api(path, opts) {
    opts = opts || {};
    var headers = { Authorization: "Bearer " + key() };
    if (opts.body) headers["Content-Type"] = "application/json";
    return fetch(path, { method: opts.method || "GET", headers: headers, body: opts.body }).then(function (r) {
      if (r.status === 401 || r.status === 403) { logout(); throw new Error("unauthorised"); }
      if (!r.ok) return r.json().catch(function () { return {}; }).then(function (j) { throw new Error((j.error && j.error.message) || r.statusText); });
      return r;
    });
  }
  function toast(text) { var t = $("toast"); t.textContent = text; t.classList.add("show"); setTimeout(function () { t.classList.remove("show"); }, 2200); }
  function fmtDate(iso) { if (!iso) return "—"; var d = new Date(iso); return d.toLocaleDateString("fr-FR") + " " + d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" }); }
  function badge(text, cls) { return el("span", "badge " + (cls || ""), text); }

  /* Login */
  function showLogin() { $("app").hidden = true; $("login").hidden = false; $("key").focus(); }
  function logout() { sessionStorage.removeItem(KEY); showLogin(); }
  $("login-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var k = $("key").value.trim();
    fetch("/api/internal/whoami", { headers: { Authorization: "Bearer " + k } }).then(function (r) {
      if (!r.ok) { $("login-error").textContent = r.status === 403 ? "Cette clé est celle d'une conversation, pas la clé interne." : "Clé incorrecte."; return; }
      sessionStorage.setItem(KEY, k); $("login-error").textContent = ""; boot();
    }).catch(function () { $("login-error").textContent = "Serveur injoignable."; });
  });
  $("logout").addEventListener("click", logout);

  /* List */
  function query() {
    var f = new FormData($("filters")), p = new URLSearchParams();
    f.forEach(function (v, k) { if (v) p.set(k, v); });
    return p;
  }
  /* The rows, their filters and pages: console/list.js (the team's view, #15). */
  function loadList(resetPage) { window.ComptoirList.load(api, query(), resetPage).catch(function () {}); }
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); loadList(true); });
  $("filters").addEventListener("change", function () { loadList(true); });
  $("page-next").addEventListener("click", function () { window.ComptoirList.next(); loadList(); });
  $("page-prev").addEventListener("click", function () { window.ComptoirList.prev(); loadList(); });
  function download(path, name) {
    api(path).then(function (r) { return r.blob(); }).then(function (b) { save(b, name); });
  }
  function save(blob, name) {
    var a = document.createElement("a"); a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove(); setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }
  $("export-csv").addEventListener("click", function (e) { e.preventDefault(); var p = query(); p.set("format", "csv"); download("/api/internal/notes/export?" + p, "notes.csv"); });
  $("export-jsonl").addEventListener("click", function (e) { e.preventDefault(); var p = query(); p.set("format", "jsonl"); download("/api/internal/notes/export?" + p, "notes.jsonl"); });

  /* Detail */
  function loadDetail(id) {
    api("/api/internal/conversations/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (d) {
      current = d;
      var c = d.conversation;
      $("detail-title").textContent = (d.note && d.note.heading) || "Conversation";
      $("detail-meta").textContent = ((d.note && d.note.bot_name) || c.bot) + " · commencée le " + fmtDate(c.started_at) + " · " + (STATUS[c.status] || c.status)
        + " · " + (STAGE[c.stage] || c.stage) + (c.csat ? " · satisfaction " + c.csat + "/5" : "") + (d.csat_comment ? " (« " + d.csat_comment + " »)" : "");
      renderTranscript(d.transcript);
      renderNote(d.note);
    }).catch(function (e) { if (e.message !== "unauthorised") { toast("Conversation introuvable"); location.hash = ""; } });
  }
  function renderTranscript(lines) {
    var box = $("transcript"); box.textContent = "";
    lines.forEach(function (l) {
      var b = el("div", "bubble " + (l.role === "client" ? "client" : "bot"));
      b.appendChild(document.createTextNode(l.text));
      if (l.buttons && l.buttons.length) {
        var chips = el("div", "chips"); l.buttons.forEach(function (x) { chips.appendChild(el("span", "chip", x)); }); b.appendChild(chips);
      }
      var t = el("time", null, fmtDate(l.at)); t.dateTime = l.at; b.appendChild(t);
      box.appendChild(b);
    });
  }
  /* The note as people read it: console/note.js (the team's view, #15). */
  function renderNote(n) { window.ComptoirNote.render($("note"), n); }
  $("copy-md").addEventListener("click", function () {
    if (!current) return;
    api("/api/internal/conversations/" + encodeURIComponent(current.conversation.conversation_id) + "?format=md").then(function (r) { return r.text(); }).then(function (md) {
      var done = function () { toast("Note copiée en Markdown"); };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(md).then(done, function () { fallbackCopy(md); done(); });
      else { fallbackCopy(md); done(); }
    });
  });
  function fallbackCopy(text) { var ta = el("textarea"); ta.value = text; ta.style.position = "fixed"; ta.style.opacity = "0"; document.body.appendChild(ta); ta.select(); try { document.execCommand("copy"); } catch (e) { /* ignore */ } ta.remove(); }
  $("download-json").addEventListener("click", function () {
    if (!current) return;
    save(new Blob([JSON.stringify(current.note, null, 2)], { type: "application/json" }), "note-" + current.conversation.conversation_id + ".json");
  });
  $("erase").addEventListener("click", function () {
    if (!current || !confirm("Effacer définitivement cette conversation, sa note et ses coordonnées ?")) return;
    api("/api/internal/conversations/" + encodeURIComponent(current.conversation.conversation_id), { method: "DELETE" }).then(function () { toast("Conversation effacée"); location.hash = ""; });
  });
  $("back").addEventListener("click", function (e) { e.preventDefault(); location.hash = ""; });

  function route() {
    var m = location.hash.match(/^#\/c\/(.+)$/);
    $("list-view").hidden = !!m; $("detail-view").hidden = !m;
    if (m) loadDetail(decodeURIComponent(m[1])); else loadList();
  }
  function boot() {
    $("login").hidden = true; $("app").hidden = false;
    api("/api/internal/bots").then(function (r) { return r.json(); }).then(function (bots) {
      var sel = document.querySelector("#filters select[name=bot]");
      while (sel.options.length > 1) sel.remove(1);
      bots.forEach(function (b) { var o = el("option", null, b.name); o.value = b.id; sel.appendChild(o); });
    }).catch(function () {});
    route();
  }
  window.addEventListener("hashchange", function () { if (key()) route(); });
  if (key()) boot(); else showLogin();
})();
