/* Comptoir console: conversation list and conversation view. All data is inserted with textContent. */
(function () {
  "use strict";
  var KEY = "comptoir.internalKey";
  var $ = function (id) { return document.getElementById(id); };
  var current = null;
  var QUAL = { sql: "SQL", mql: "MQL", unqualified: "Non qualifié", out_of_scope: "Hors périmètre" };
  var STATUS = { active: "En cours", ended: "Terminée" };
  var STAGE = { welcome: "Accueil", intake: "Questions", answer: "Réponse", cta: "Proposition", closed: "Clôturée" };
  var CTA = { booking: "Rendez-vous", purchase: "Achat", callback: "Rappel", ticket: "Ticket", none: "Aucun" };
  var CTA_STATUS = { proposed: "proposé", accepted: "accepté", declined: "refusé" };
  var URGENCY = { high: "Haute", medium: "Moyenne", low: "Basse", unknown: "Inconnue" };
  var YESNO = { yes: "Oui", no: "Non", unknown: "Inconnu" };
  var OWNER = { sales: "Commercial", support: "Support", none: "—" };

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
  function loadList() {
    var p = query();
    api("/api/internal/conversations?" + p.toString()).then(function (r) { return r.json(); }).then(function (rows) {
      var body = $("rows"); body.textContent = "";
      if (!rows.length) { var tr = el("tr"), td = el("td", "empty", "Aucune conversation pour ces filtres."); td.colSpan = 8; tr.appendChild(td); body.appendChild(tr); }
      rows.forEach(function (c) {
        var tr = el("tr"); tr.tabIndex = 0; tr.setAttribute("data-id", c.conversation_id);
        var first = el("td"), a = el("a", null, fmtDate(c.updated_at)); a.href = "#/c/" + encodeURIComponent(c.conversation_id); first.appendChild(a);
        tr.appendChild(first);
        tr.appendChild(el("td", null, c.bot));
        var st = el("td"); st.appendChild(badge(STATUS[c.status] || c.status, c.status === "ended" ? "ended-ok" : "active")); tr.appendChild(st);
        tr.appendChild(el("td", null, STAGE[c.stage] || c.stage));
        var q = el("td"); q.appendChild(c.qualification ? badge(QUAL[c.qualification] || c.qualification, c.qualification) : el("span", "muted", "—")); tr.appendChild(q);
        tr.appendChild(el("td", null, c.has_contact ? "✓" : "—"));
        tr.appendChild(el("td", null, c.csat ? c.csat + " / 5" : "—"));
        tr.appendChild(el("td", null, String(c.turns)));
        tr.addEventListener("click", function () { location.hash = "#/c/" + encodeURIComponent(c.conversation_id); });
        tr.addEventListener("keydown", function (e) { if (e.key === "Enter") location.hash = "#/c/" + encodeURIComponent(c.conversation_id); });
        body.appendChild(tr);
      });
      $("count").textContent = rows.length + " conversation" + (rows.length > 1 ? "s" : "");
    }).catch(function () {});
  }
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); loadList(); });
  $("filters").addEventListener("change", loadList);
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
      $("detail-title").textContent = "Conversation " + c.conversation_id;
      $("detail-meta").textContent = c.bot + " · commencée le " + fmtDate(c.started_at) + " · " + (STATUS[c.status] || c.status)
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
  function section(parent, title) { var s = el("section"); s.appendChild(el("h3", null, title)); parent.appendChild(s); return s; }
  function kv(parent, pairs) {
    var dl = el("dl", "kv");
    pairs.forEach(function (p) { if (p[1] == null || p[1] === "") return; dl.appendChild(el("dt", null, p[0])); var dd = el("dd"); if (p[1] instanceof Node) dd.appendChild(p[1]); else dd.textContent = p[1]; dl.appendChild(dd); });
    if (dl.childNodes.length) parent.appendChild(dl); else parent.appendChild(el("p", "muted", "—"));
  }
  function money(m) {
    if (!m) return null;
    var cur = m.currency || "", f = function (v) { return Number(v).toLocaleString("fr-FR") + " " + cur; };
    var s = m.amount != null ? f(m.amount) : m.min != null && m.max != null ? f(m.min) + " – " + f(m.max) : m.min != null ? "≥ " + f(m.min) : m.max != null ? "≤ " + f(m.max) : "—";
    return s + (m.period ? " / " + m.period : "");
  }
  function value(v) { if (v == null) return "—"; if (typeof v === "object") return v.currency || v.amount != null || v.min != null ? money(v) : JSON.stringify(v); return String(v); }
  function renderNote(n) {
    var box = $("note"); box.textContent = "";
    if (!n || typeof n !== "object") { box.appendChild(el("p", "muted", "Pas encore de note.")); return; }
    var q = n.qualification || {};
    var s = section(box, "Qualification"), score = el("div", "score"), bar = el("div", "score-bar"), fill = el("span");
    fill.style.width = Math.max(0, Math.min(100, q.score || 0)) + "%"; bar.appendChild(fill);
    score.appendChild(el("strong", null, String(q.score != null ? q.score : "—"))); score.appendChild(bar);
    if (q.status) score.appendChild(badge(QUAL[q.status] || q.status, q.status));
    s.appendChild(score);
    if (n.summary) { s = section(box, "Résumé"); s.appendChild(el("p", "summary", n.summary)); }
    var na = n.next_action || {};
    if (na.action) {
      s = section(box, "Prochaine action"); var next = el("div", "next"); next.appendChild(el("strong", null, na.action));
      next.appendChild(el("span", "muted small", (OWNER[na.owner] || na.owner || "") + (na.due ? " · avant le " + na.due : ""))); s.appendChild(next);
    }
    var ct = n.contact || {};
    kv(section(box, "Contact"), [["Nom", ct.name], ["E-mail", ct.email], ["Téléphone", ct.phone], ["Société", ct.company]]);
    kv(section(box, "Besoin"), [["Besoin", n.need]].concat(Object.keys(n.answers || {}).map(function (k) { return [k, value(n.answers[k])]; })));
    var ind = n.indicators || {};
    var obj = null;
    if (ind.objections && ind.objections.length) {
      obj = el("ul", "list");
      ind.objections.forEach(function (o) { var li = el("li", null, o.type + " "); li.appendChild(el("span", "quote", "« " + o.quote + " »")); obj.appendChild(li); });
    }
    kv(section(box, "Indicateurs"), [["Urgence", ind.urgency ? badge(URGENCY[ind.urgency] || ind.urgency, ind.urgency) : null],
      ["Budget", money(ind.budget) || "—"], ["Décisionnaire", YESNO[ind.decision_maker] || ind.decision_maker], ["Objections", obj]]);
    var cta = n.cta || {};
    var details = Object.keys(cta.details || {}).map(function (k) { return [k, value(cta.details[k])]; });
    kv(section(box, "Appel à l'action"), [["Type", CTA[cta.type] || cta.type],
      ["Statut", cta.status ? badge(CTA_STATUS[cta.status] || cta.status, cta.status) : null]].concat(details));
    if (n.recommendation && n.recommendation.length) {
      var ul = el("ul", "list"); n.recommendation.forEach(function (r) { var li = el("li"); li.appendChild(el("strong", null, r.name)); li.appendChild(document.createTextNode(" — " + (r.reason || ""))); ul.appendChild(li); });
      section(box, "Recommandation").appendChild(ul);
    }
    if ((n.flags && n.flags.length) || (n.changes && n.changes.length)) {
      s = section(box, "Signaux et changements");
      var fl = el("div", "chips"); (n.flags || []).forEach(function (f) { fl.appendChild(badge(f)); fl.appendChild(document.createTextNode(" ")); }); s.appendChild(fl);
      if (n.changes && n.changes.length) {
        var cl = el("ul", "list"); n.changes.forEach(function (c) { cl.appendChild(el("li", null, c.field + " : " + value(c.from) + " → " + value(c.to))); }); s.appendChild(cl);
      }
    }
  }
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
