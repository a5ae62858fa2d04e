/* Comptoir KPI dashboard: plan tiles with bullet charts, per-question funnel, CSAT distribution, daily series.
   Data comes from /api/internal/kpi/* with the console's internal key; every text goes through textContent. */
(function () {
  "use strict";
  var KEY = "comptoir.internalKey";
  var $ = function (id) { return document.getElementById(id); };
  var charts = [];
  var NAMES = {
    conversion_rate: "Taux de conversion", qualification_rate: "Taux de qualification",
    average_order_value: "Panier moyen", deflection_rate: "Résolution sans humain", csat: "Satisfaction (CSAT)",
    escalation_rate: "Taux d'escalade", handling_time: "Durée de traitement", recontact_rate: "Taux de recontact",
    cart_recovery_rate: "Paniers récupérés", first_contact_resolution: "Résolution au premier contact"
  };
  var DEFS = {
    conversion_rate: "Conversations avec une proposition acceptée / conversations démarrées.",
    qualification_rate: "Conversations au statut SQL / conversations avec au moins une réponse.",
    average_order_value: "Montant moyen des achats rattachés aux conversations.",
    deflection_rate: "Demandes d'aide résolues sans humain / demandes d'aide.",
    csat: "Notes de 4 ou 5 / toutes les notes (1 à 5).",
    escalation_rate: "Demandes transmises à l'équipe / demandes d'aide.",
    handling_time: "Durée médiane d'une conversation, de l'accueil à la fin.",
    recontact_rate: "Clients revenus sous 7 jours / conversations avec un contact.",
    cart_recovery_rate: "Achats après une proposition d'achat / propositions d'achat.",
    first_contact_resolution: "Demandes résolues sans retour sous 7 jours / demandes d'aide."
  };
  var NO_DATA = {
    conversion_rate: "Aucune conversation démarrée sur la période.",
    qualification_rate: "Aucune réponse aux questions, ou aucun statut de qualification, sur la période.",
    average_order_value: "Aucun achat reçu sur la période (POST /api/internal/events).",
    deflection_rate: "Aucune demande d'aide sur la période.", escalation_rate: "Aucune demande d'aide sur la période.",
    first_contact_resolution: "Aucune demande d'aide sur la période.", csat: "Aucune note de satisfaction sur la période.",
    handling_time: "Aucune conversation terminée sur la période.",
    recontact_rate: "Aucune conversation n'a laissé d'e-mail ni de téléphone sur la période.",
    cart_recovery_rate: "Aucune proposition d'achat sur la période."
  };
  var STATUS = { on_track: "En bonne voie", at_risk: "À surveiller", off_track: "En retard" };
  var COLORS = { on_track: "#12b76a", at_risk: "#f79009", off_track: "#f04438", none: "#667085" };
  var BANDS = { red: "#fee4e2", amber: "#fef0c7", green: "#d1fadf" };

  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function key() { return sessionStorage.getItem(KEY); }
  function api(path) {
    return fetch(path, { headers: { Authorization: "Bearer " + key() } }).then(function (r) {
      if (r.status === 401 || r.status === 403) { sessionStorage.removeItem(KEY); location.href = "/console"; throw new Error("unauthorised"); }
      return r.json().then(function (j) { if (!r.ok) throw new Error((j.error && j.error.message) || r.statusText); return j; });
    });
  }
  function iso(d) { return d.toISOString().slice(0, 10); }
  function num(v, digits) { return v.toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits }); }
  function fmt(v, unit, currency) {
    if (v == null) return "—";
    if (unit === "percent") return num(v, 1) + " %";
    if (unit === "money") return num(v, 2) + " " + (currency === "EUR" || !currency ? "€" : currency);
    return num(v, 1) + " min";
  }
  function currencyOf(k) { return k.unit === "money" && k.detail ? k.detail.split(" ")[0] : null; }
  function stepLabel(step) {
    var s = step.step;
    if (step.label) return step.label;
    if (s === "welcome") return "Accueil";
    if (s === "answer") return "Réponse";
    if (s === "cta_proposed") return "Proposition";
    if (s === "cta_accepted") return "Acceptation";
    var id = s.replace("question:", "").replace(/_/g, " ");
    return id.charAt(0).toUpperCase() + id.slice(1);
  }
  function chart(node) { var c = echarts.init(node, null, { renderer: "canvas" }); charts.push(c); return c; }
  function clearCharts() { charts.forEach(function (c) { c.dispose(); }); charts = []; }

  /* Period selector */
  function applyRange() {
    var r = $("range").value;
    var custom = r === "custom";
    $("from").disabled = !custom; $("to").disabled = !custom;
    if (!custom) {
      var to = new Date(); var from = new Date(to.getTime() - (parseInt(r, 10) - 1) * 86400000);
      $("from").value = iso(from); $("to").value = iso(to);
    }
  }

  /* Tiles */
  function higherIsBetter(k) {
    if (k.in_plan && k.target !== k.baseline) return k.target > k.baseline;
    return ["escalation_rate", "handling_time", "recontact_rate"].indexOf(k.kpi) < 0;
  }
  function bands(k, max) {
    var span = Math.abs(k.target - k.baseline), tol = span > 0 ? span / 4 : Math.abs(k.baseline) * 0.05;
    var e = k.expected, higher = higherIsBetter(k);
    var cuts = higher ? [[0, Math.max(0, e - tol), BANDS.red], [Math.max(0, e - tol), e, BANDS.amber], [e, max, BANDS.green]]
                      : [[0, e, BANDS.green], [e, Math.min(max, e + tol), BANDS.amber], [Math.min(max, e + tol), max, BANDS.red]];
    return cuts.filter(function (c) { return c[1] > c[0]; }).map(function (c) {
      return [{ xAxis: c[0], itemStyle: { color: c[2] } }, { xAxis: c[1] }];
    });
  }
  function bullet(node, k) {
    var max = Math.max(k.value || 0, k.target, k.baseline, k.expected || 0) * 1.25 || 1;
    if (k.unit === "percent") max = Math.min(100, Math.max(max, 10));
    var color = COLORS[k.status || "none"];
    chart(node).setOption({
      animation: false,
      grid: { left: 16, right: 18, top: 8, bottom: 20 },
      xAxis: { type: "value", min: 0, max: Math.ceil(max), splitLine: { show: false }, axisLine: { show: false }, axisTick: { show: false },
        axisLabel: { fontSize: 10, color: "#98a2b3", formatter: function (v) { return k.unit === "percent" ? v + " %" : v; } } },
      yAxis: { type: "category", data: [""], show: false },
      series: [{
        type: "bar", data: [k.value == null ? 0 : k.value], barWidth: 10, itemStyle: { color: color, borderRadius: 2 }, z: 3,
        markArea: { silent: true, data: bands(k, Math.ceil(max)) },
        markLine: { silent: true, symbol: "none", label: { show: false },
          data: [{ name: "objectif", xAxis: k.target, lineStyle: { color: "#101828", width: 3, type: "solid" } },
                 { name: "attendu", xAxis: k.expected, lineStyle: { color: "#475467", width: 1.5, type: "dashed" } }] }
      }]
    });
  }
  function tile(k) {
    var t = el("article", "tile " + (k.status || "none"));
    var head = el("div", "tile-head");
    head.appendChild(el("div", "tile-name", NAMES[k.kpi] || k.name));
    // Under the plan's minimum sample a status would cry wolf: say how many cases there are instead.
    var label = k.value == null ? "Pas de données" : k.not_enough_data ? "Pas encore assez de données (n=" + k.sample_size + ")"
      : k.in_plan ? STATUS[k.status] : "Hors plan";
    head.appendChild(el("span", "status " + (k.status || "none") + (k.not_enough_data ? " small-sample" : ""), label));
    t.appendChild(head);
    t.appendChild(el("p", "tile-def", DEFS[k.kpi] || k.definition));
    if (k.value == null) {
      var nd = el("div", "tile-nodata"); nd.appendChild(el("strong", null, "Pas de données")); nd.appendChild(document.createTextNode(NO_DATA[k.kpi] || k.no_data)); nd.title = k.no_data;
      t.appendChild(nd);
    } else {
      var v = el("div", "tile-value", fmt(k.value, k.unit, currencyOf(k)));
      v.appendChild(el("small", null, k.unit === "minutes" ? "médiane" : "n = " + k.sample_size.toLocaleString("fr-FR")));
      t.appendChild(v);
    }
    var meta = el("div", "tile-meta");
    if (k.in_plan) {
      meta.appendChild(el("span", null, "Objectif " + fmt(k.target, k.unit, currencyOf(k)) + " en " + k.horizon_months + " mois (départ " + fmt(k.baseline, k.unit, currencyOf(k)) + ")"));
      if (k.expected != null) meta.appendChild(el("span", "compared-to", "Comparé au chemin linéaire vers l'objectif : " + fmt(k.expected, k.unit, currencyOf(k)) + " attendu à cette date"));
      if (k.not_enough_data) meta.appendChild(el("span", null, "Statut à partir de n = " + k.min_sample));
    }
    if (k.previous && k.previous.value != null) {
      var delta = k.value == null ? null : k.value - k.previous.value;
      var good = delta == null || delta === 0 ? null : (delta > 0) === higherIsBetter(k);
      // A change in a rate is a difference of points ("+2,5 pts"), not a percentage.
      var dtext = delta == null ? "" : " (" + (delta >= 0 ? "+" : "−") + (k.unit === "percent" ? num(Math.abs(delta), 1) + " pts" : fmt(Math.abs(delta), k.unit, currencyOf(k))) + ")";
      var p = el("span", "change " + (good == null ? "" : (good ? "up" : "down")), "Période précédente " + fmt(k.previous.value, k.unit, currencyOf(k)) + dtext);
      meta.appendChild(p);
    } else meta.appendChild(el("span", null, "Période précédente : pas de données"));
    t.appendChild(meta);
    if (k.in_plan && k.value != null && k.expected != null) { var b = el("div", "bullet"); t.appendChild(b); setTimeout(function () { bullet(b, k); }, 0); }
    return t;
  }

  /* Funnel */
  function funnel(steps) {
    var labels = steps.map(function (s) { return stepLabel(s); }).reverse();
    var values = steps.map(function (s) { return s.count; }).reverse();
    var drops = steps.map(function (s, i) { return i === 0 ? null : s.drop_off_percent; }).reverse();
    chart($("funnel")).setOption({
      animation: false,
      grid: { left: 8, right: 110, top: 6, bottom: 10, containLabel: true },
      xAxis: { type: "value", show: false },
      yAxis: { type: "category", data: labels, axisTick: { show: false }, axisLine: { show: false }, axisLabel: { color: "#344054", fontSize: 12 } },
      series: [{ type: "bar", data: values, barWidth: "62%", itemStyle: { color: "#2f5bea", borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: "right", color: "#344054", fontSize: 12, formatter: function (p) {
          var d = drops[p.dataIndex]; return p.value.toLocaleString("fr-FR") + (d == null || d === 0 ? "" : "   −" + num(d, 1) + " %");
        } } }]
    });
  }

  /* CSAT */
  function csat(dist, k) {
    var scores = ["1", "2", "3", "4", "5"], colors = ["#f04438", "#f97066", "#fdb022", "#32d583", "#12b76a"];
    var total = scores.reduce(function (a, s) { return a + (dist[s] || 0); }, 0);
    chart($("csat")).setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 24, bottom: 28 },
      xAxis: { type: "category", data: scores.map(function (s) { return s + " ★"; }), axisTick: { show: false } },
      yAxis: { type: "value", splitLine: { lineStyle: { color: "#f0f2f6" } } },
      series: [{ type: "bar", barWidth: "55%", data: scores.map(function (s, i) { return { value: dist[s] || 0, itemStyle: { color: colors[i], borderRadius: [4, 4, 0, 0] } }; }),
        label: { show: true, position: "top", fontSize: 11, color: "#475467" } }]
    });
    var happy = (dist["4"] || 0) + (dist["5"] || 0);
    $("csat-note").textContent = total === 0 ? "Aucune note sur la période." :
      total.toLocaleString("fr-FR") + " notes, dont " + fmt(100 * happy / total, "percent") + " de 4 ou 5 étoiles.";
  }

  /* Daily series */
  function series(report) {
    var box = $("series"); box.textContent = "";
    var days = report.daily.map(function (d) { return d.day.slice(5); });
    report.kpis.forEach(function (k) {
      var card = el("section", "card"); card.appendChild(el("h3", null, NAMES[k.kpi] || k.name));
      var node = el("div", "mini"); card.appendChild(node); box.appendChild(card);
      // 7-day rolling values; the daily counts stay in the tooltip.
      var data = report.daily.map(function (d) { return (d.rolling_7d || d.values)[k.kpi]; });
      var samples = report.daily.map(function (d) { return (d.samples || {})[k.kpi]; });
      var marks = k.in_plan ? [{ yAxis: k.target, name: "objectif" }] : [];
      if (data.every(function (v) { return v == null; })) { node.className = "mini nodata"; node.textContent = "Pas de données sur la période."; return; }
      var top = Math.max.apply(null, data.filter(function (v) { return v != null; }).concat(k.in_plan ? [k.target] : []));
      setTimeout(function () {
        chart(node).setOption({
          animation: false,
          grid: { left: 44, right: 14, top: 12, bottom: 22 },
          tooltip: { trigger: "axis", formatter: function (ps) { var p = ps[0]; return p.name + " · 7 jours : " + (p.value == null ? "—" : fmt(p.value, k.unit, currencyOf(k))) + "<br>ce jour : n = " + (samples[p.dataIndex] || 0); } },
          xAxis: { type: "category", data: days, axisLabel: { fontSize: 10, color: "#98a2b3" }, axisTick: { show: false } },
          yAxis: { type: "value", min: 0, max: k.unit === "percent" ? Math.min(100, Math.max(5, Math.ceil(top * 1.15))) : null,
            axisLabel: { fontSize: 10, color: "#98a2b3", formatter: function (v) { return k.unit === "percent" ? v + " %" : v; } },
            splitLine: { lineStyle: { color: "#f0f2f6" } } },
          series: [{ type: "line", data: data, connectNulls: false, showSymbol: false, smooth: 0.2, lineStyle: { width: 2, color: "#2f5bea" },
            areaStyle: { color: "rgba(47,91,234,.08)" },
            markLine: { silent: true, symbol: "none", lineStyle: { color: "#101828", type: "dashed" }, label: { fontSize: 10, position: "insideEndTop", formatter: "objectif" }, data: marks } }]
        });
      }, 0);
    });
  }

  function load() {
    var bot = $("bot").value; if (!bot) return;
    var q = "bot=" + encodeURIComponent(bot) + "&from=" + $("from").value + "&to=" + $("to").value + ($("all").checked ? "&all=true" : "");
    $("error").textContent = "";
    api("/api/internal/kpi/report?" + q).then(function (r) {
      clearCharts();
      $("period-label").textContent = "Du " + new Date(r.from).toLocaleDateString("fr-FR") + " au " + new Date(r.to).toLocaleDateString("fr-FR")
        + " · comparé au " + new Date(r.previous_period.from).toLocaleDateString("fr-FR") + " – " + new Date(r.previous_period.to).toLocaleDateString("fr-FR");
      var tiles = $("tiles"); tiles.textContent = "";
      r.kpis.forEach(function (k) { tiles.appendChild(tile(k)); });
      if (r.kpis.length === 0) tiles.appendChild(el("p", "empty", "Ce bot n'a pas de plan de mesure (section kpis de bot.yaml)."));
      funnel(r.funnel);
      csat(r.csat_distribution, r.kpis.filter(function (k) { return k.kpi === "csat"; })[0]);
      series(r);
      document.body.setAttribute("data-loaded", "true");
    }).catch(function (e) { $("error").textContent = "Impossible de charger les indicateurs : " + e.message; });
  }

  function boot() {
    if (!key()) { location.href = "/console"; return; }
    applyRange();
    api("/api/internal/kpi/bots").then(function (bots) {
      var sel = $("bot");
      bots.forEach(function (b) { var o = el("option", null, b.name + " (" + b.id + ")"); o.value = b.id; sel.appendChild(o); });
      var wanted = new URLSearchParams(location.search).get("bot");
      if (wanted) sel.value = wanted;
      var from = new URLSearchParams(location.search).get("from"), to = new URLSearchParams(location.search).get("to");
      if (from && to) { $("range").value = "custom"; applyRange(); $("from").value = from; $("to").value = to; }
      load();
    }).catch(function (e) { $("error").textContent = e.message; });
  }

  $("range").addEventListener("change", function () { applyRange(); load(); });
  $("bot").addEventListener("change", load);
  $("all").addEventListener("change", load);
  $("controls").addEventListener("submit", function (e) { e.preventDefault(); load(); });
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
  boot();
})();
