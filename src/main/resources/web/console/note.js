/* Comptoir console: the CRM note as the team reads it, from the note JSON's labels (never its raw ids). */
(function () {
  "use strict";
  var ui = window.ComptoirUi, el = ui.el, badge = ui.badge;
  function section(parent, title) { var s = el("section"); s.appendChild(el("h3", null, title)); parent.appendChild(s); return s; }
  function kv(parent, pairs) {
    var dl = el("dl", "kv");
    pairs.forEach(function (p) { if (p[1] == null || p[1] === "") return; dl.appendChild(el("dt", null, p[0])); var dd = el("dd"); if (p[1] instanceof Node) dd.appendChild(p[1]); else dd.textContent = p[1]; dl.appendChild(dd); });
    if (dl.childNodes.length) parent.appendChild(dl); else parent.appendChild(el("p", "muted", "—"));
  }
  function money(m) {
    if (!m) return null;
    var cur = m.currency === "EUR" ? "€" : m.currency || "", f = function (v) { return Number(v).toLocaleString("fr-FR") + " " + cur; };
    return m.amount != null ? f(m.amount) : m.min != null && m.max != null ? f(m.min) + " – " + f(m.max) : m.min != null ? "≥ " + f(m.min) : m.max != null ? "≤ " + f(m.max) : "—";
  }
  function render(box, n) {
    box.textContent = "";
    if (!n || typeof n !== "object") { box.appendChild(el("p", "muted", "Pas encore de note.")); return; }
    var q = n.qualification || {};
    var s = section(box, "Qualification"), score = el("div", "score"), bar = el("div", "score-bar"), fill = el("span");
    fill.style.width = Math.max(0, Math.min(100, q.score || 0)) + "%"; bar.appendChild(fill);
    score.appendChild(el("strong", null, String(q.score != null ? q.score : "—"))); score.appendChild(bar);
    if (q.status) score.appendChild(badge(q.status_label || q.status, q.status));
    s.appendChild(score);
    if (n.summary) { s = section(box, "Résumé"); s.appendChild(el("p", "summary", n.summary)); }
    var na = n.next_action || {};
    if (na.action) {
      s = section(box, "Prochaine action"); var next = el("div", "next"); next.appendChild(el("strong", null, na.action));
      next.appendChild(el("span", "muted small", (na.owner_label || "") + (na.due_label ? " · avant le " + na.due_label : ""))); s.appendChild(next);
    }
    var cta = n.cta || {};
    var details = [["E-mail", (cta.details || {}).email], ["Téléphone", (cta.details || {}).phone], ["Nom", (cta.details || {}).name], ["Lien", (cta.details || {}).link]];
    kv(section(box, "Suite"), [["Type", cta.type_label], ["Statut", cta.status ? badge(cta.status_label, cta.status) : cta.status_label]].concat(details));
    var ct = n.contact || {};
    kv(section(box, "Contact"), [["Nom", ct.name], ["E-mail", ct.email], ["Téléphone", ct.phone], ["Société", ct.company]]);
    var labels = n.answer_labels || {};
    kv(section(box, "Réponses"), Object.keys(labels).map(function (k) { return [labels[k].question, labels[k].value]; })
      .concat([["En ses mots", n.need]]));
    var ind = n.indicators || {}, obj = null;
    if (ind.objections && ind.objections.length) {
      obj = el("ul", "list");
      ind.objections.forEach(function (o) { var li = el("li", null, (o.type_label || "") + " "); li.appendChild(el("span", "quote", "« " + o.quote + " »")); obj.appendChild(li); });
    }
    kv(section(box, "Indicateurs"), [["Urgence", ind.urgency ? badge(ind.urgency_label, ind.urgency) : null],
      ["Budget", money(ind.budget) || "—"], ["Décideur", ind.decision_maker_label], ["Objections", obj]]);
    if (n.recommendation && n.recommendation.length) {
      var ul = el("ul", "list"); n.recommendation.forEach(function (r) { var li = el("li"); li.appendChild(el("strong", null, r.name)); li.appendChild(document.createTextNode(" — " + (r.reason || ""))); ul.appendChild(li); });
      section(box, "Recommandation").appendChild(ul);
    }
    var flags = n.flag_labels || {};
    if (Object.keys(flags).length || (n.changes && n.changes.length)) {
      s = section(box, "Signaux et changements");
      var fl = el("div", "chips"); Object.keys(flags).forEach(function (f) { fl.appendChild(badge(flags[f])); fl.appendChild(document.createTextNode(" ")); }); s.appendChild(fl);
      if (n.changes && n.changes.length) {
        var cl = el("ul", "list"); n.changes.forEach(function (c) { cl.appendChild(el("li", null, c.field_label + " : " + c.label)); }); s.appendChild(cl);
      }
    }
  }
  window.ComptoirNote = { render: render };
})();
