/* Comptoir console: the conversation list (readable rows, filters, search, pages). Data is set with textContent. */
(function () {
  "use strict";
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function badge(text, cls) { return el("span", "badge " + (cls || ""), text); }
  function fmtDate(iso) { if (!iso) return "—"; var d = new Date(iso); return d.toLocaleDateString("fr-FR") + " " + d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" }); }
  window.ComptoirUi = { el: el, badge: badge, fmtDate: fmtDate };

  var COLUMNS = ["Contact", "Besoin", "Qualification", "Suite", "Signaux", "Date", "Bot"];
  var offset = 0, limit = 25;

  function cell(tr, label, content) {
    var td = el("td"); td.setAttribute("data-label", label);
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null || content === "" ? "—" : content;
    tr.appendChild(td); return td;
  }
  function contact(c) { var x = c.contact || {}; return x.name || x.email || x.phone || "Contact non laissé"; }
  function row(c, open) {
    var tr = el("tr"); tr.tabIndex = 0; tr.setAttribute("data-id", c.conversation_id);
    var who = el("div"), a = el("a", "who", contact(c)); a.href = "#/c/" + encodeURIComponent(c.conversation_id); who.appendChild(a);
    var x = c.contact || {};
    var sub = [x.name ? x.email : null, x.phone].filter(Boolean).join(" · ");
    if (sub) who.appendChild(el("div", "muted small", sub));
    cell(tr, COLUMNS[0], who);
    cell(tr, COLUMNS[1], c.need);
    var q = el("span"); if (c.qualification) q.appendChild(badge((c.qualification_label || c.qualification) + (c.score != null ? " · " + c.score : ""), c.qualification)); else q.textContent = "—";
    cell(tr, COLUMNS[2], q);
    var s = el("span");
    if (c.cta_type && c.cta_type !== "none") { s.appendChild(document.createTextNode((c.cta_label || c.cta_type) + " ")); s.appendChild(badge(c.cta_status_label || c.cta_status || "", c.cta_status || "")); }
    else s.textContent = "—";
    cell(tr, COLUMNS[3], s);
    var f = el("span", "chips"); (c.flags || []).forEach(function (x) { f.appendChild(badge(x.label)); f.appendChild(document.createTextNode(" ")); });
    cell(tr, COLUMNS[4], (c.flags || []).length ? f : "—");
    var d = el("span", null, fmtDate(c.updated_at)); if (c.status === "active") { d.appendChild(document.createTextNode(" ")); d.appendChild(badge("En cours", "active")); }
    cell(tr, COLUMNS[5], d);
    cell(tr, COLUMNS[6], c.bot_name || c.bot);
    tr.addEventListener("click", function () { open(c.conversation_id); });
    tr.addEventListener("keydown", function (e) { if (e.key === "Enter") open(c.conversation_id); });
    return tr;
  }

  /** Loads one page of rows for the filters in params (URLSearchParams); resetPage goes back to the first page. */
  function load(api, params, resetPage) {
    if (resetPage) offset = 0;
    params.set("limit", limit); params.set("offset", offset);
    var open = function (id) { location.hash = "#/c/" + encodeURIComponent(id); };
    return api("/api/internal/conversation-rows?" + params.toString()).then(function (r) { return r.json(); }).then(function (page) {
      var body = document.getElementById("rows"); body.textContent = "";
      if (!page.rows.length) { var tr = el("tr"), td = el("td", "empty", "Aucune conversation pour ces filtres."); td.colSpan = COLUMNS.length; tr.appendChild(td); body.appendChild(tr); }
      page.rows.forEach(function (c) { body.appendChild(row(c, open)); });
      var first = page.rows.length ? offset + 1 : 0;
      document.getElementById("count").textContent = page.rows.length ? "Conversations " + first + " à " + (offset + page.rows.length) + (page.has_more ? " (et d'autres)" : "") : "0 conversation";
      document.getElementById("page-prev").disabled = offset === 0;
      document.getElementById("page-next").disabled = !page.has_more;
    });
  }
  window.ComptoirList = {
    load: load,
    next: function () { offset += limit; },
    prev: function () { offset = Math.max(0, offset - limit); }
  };
})();
