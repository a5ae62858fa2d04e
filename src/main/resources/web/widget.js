/* Comptoir widget: <script src="https://host/widget.js" data-bot="agence-web"></script>
 * Plain JavaScript, no dependency. Client text is always inserted as text (textContent), never as HTML. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var BOT = script.getAttribute("data-bot") || "agence-web";
  var SERVER = new URL(script.src, location.href).origin;
  var AUTO_OPEN = script.getAttribute("data-open") === "true";
  var STORE_KEY = "comptoir:" + SERVER + ":" + BOT;
  var L = {
    fr: { open: "Ouvrir la discussion", close: "Fermer la discussion", online: "Assistant en ligne",
      placeholder: "Écrivez votre message…", send: "Envoyer", log: "Messages de la conversation",
      typing: "L'assistant écrit…", csat: "Comment évaluez-vous cet échange ?", csatScale: "1 = pas satisfait, 5 = très satisfait",
      thanks: "Merci pour votre avis !", ended: "La conversation est terminée.", restart: "Nouvelle conversation",
      error: "Le message n'a pas pu être envoyé. Réessayez dans un instant.", tooLong: "Votre message est trop long (4 000 caractères au plus).",
      slow: "Vous écrivez très vite : patientez quelques secondes.", quick: "Réponses suggérées", star: "Note",
      footer: "Assistant automatique · vos réponses sont transmises à l'équipe", dialog: "Discussion avec" },
    en: { open: "Open the chat", close: "Close the chat", online: "Assistant online",
      placeholder: "Type your message…", send: "Send", log: "Conversation messages",
      typing: "The assistant is typing…", csat: "How would you rate this conversation?", csatScale: "1 = not satisfied, 5 = very satisfied",
      thanks: "Thank you for your feedback!", ended: "The conversation has ended.", restart: "New conversation",
      error: "The message could not be sent. Please try again in a moment.", tooLong: "Your message is too long (4,000 characters at most).",
      slow: "You are typing very fast: please wait a few seconds.", quick: "Suggested replies", star: "Rating",
      footer: "Automated assistant · your answers are passed on to the team", dialog: "Chat with" }
  };
  var t = L.fr, botName = BOT, state = null, busy = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function svg(path) {
    var ns = "http://www.w3.org/2000/svg", s = document.createElementNS(ns, "svg"), p = document.createElementNS(ns, "path");
    s.setAttribute("viewBox", "0 0 24 24"); s.setAttribute("aria-hidden", "true"); s.setAttribute("fill", "currentColor");
    p.setAttribute("d", path); s.appendChild(p); return s;
  }
  var ICON_CHAT = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";
  var ICON_CLOSE = "M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z";
  var ICON_SEND = "M3 20.5 21 12 3 3.5 3 10l12 2-12 2z";

  var link = document.createElement("link");
  link.rel = "stylesheet"; link.href = SERVER + "/widget.css";
  document.head.appendChild(link);

  var root = el("div", "cpt-root"), launcher = el("button", "cpt-launcher"), panel = el("div", "cpt-panel");
  root.setAttribute("data-bot", BOT);
  launcher.type = "button"; launcher.appendChild(svg(ICON_CHAT)); launcher.setAttribute("aria-expanded", "false");
  panel.hidden = true; panel.setAttribute("role", "dialog");
  var header = el("div", "cpt-header"), avatar = el("div", "cpt-avatar", "C"), title = el("div", "cpt-title");
  var nameEl = el("strong"), statusEl = el("span"), closeBtn = el("button", "cpt-icon-btn");
  closeBtn.type = "button"; closeBtn.appendChild(svg(ICON_CLOSE));
  title.appendChild(nameEl); title.appendChild(statusEl);
  header.appendChild(avatar); header.appendChild(title); header.appendChild(closeBtn);
  var log = el("div", "cpt-log"); log.setAttribute("role", "log"); log.setAttribute("aria-live", "polite"); log.tabIndex = 0;
  var form = el("form", "cpt-form"), input = el("textarea", "cpt-input"), send = el("button", "cpt-send");
  input.rows = 1; input.maxLength = 4000; input.setAttribute("autocomplete", "off");
  send.type = "submit"; send.appendChild(svg(ICON_SEND));
  form.appendChild(input); form.appendChild(send);
  var footer = el("div", "cpt-footer");
  panel.appendChild(header); panel.appendChild(log); panel.appendChild(form); panel.appendChild(footer);
  root.appendChild(panel); root.appendChild(launcher);

  function labels() {
    launcher.setAttribute("aria-label", t.open); closeBtn.setAttribute("aria-label", t.close);
    panel.setAttribute("aria-label", t.dialog + " " + botName); log.setAttribute("aria-label", t.log);
    input.placeholder = t.placeholder; input.setAttribute("aria-label", t.placeholder); send.setAttribute("aria-label", t.send);
    nameEl.textContent = botName; statusEl.textContent = t.online; footer.textContent = t.footer;
    avatar.textContent = (botName || "C").trim().charAt(0).toUpperCase();
  }

  function api(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (state && state.token) headers.Authorization = "Bearer " + state.token;
    return fetch(SERVER + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) {
        if (r.status === 204) return {};
        return r.json().catch(function () { return {}; }).then(function (j) {
          if (!r.ok) { var e = new Error((j.error && j.error.message) || r.statusText); e.status = r.status; throw e; }
          return j;
        });
      });
  }

  function scroll() { log.scrollTop = log.scrollHeight; }
  function clearQuick() { Array.prototype.forEach.call(log.querySelectorAll(".cpt-quick"), function (q) { q.remove(); }); }
  function addMessage(role, text) { var m = el("div", "cpt-msg cpt-" + role, text); log.appendChild(m); scroll(); return m; }
  function addQuick(buttons) {
    if (!buttons || !buttons.length) return;
    var q = el("div", "cpt-quick"); q.setAttribute("role", "group"); q.setAttribute("aria-label", t.quick);
    buttons.forEach(function (b) {
      var c = el("button", "cpt-chip", b); c.type = "button";
      c.addEventListener("click", function () { submit(b); });
      q.appendChild(c);
    });
    log.appendChild(q); scroll();
  }
  function showBot(messages) {
    messages.forEach(function (m, i) {
      addMessage("bot", m.text);
      if (i === messages.length - 1) addQuick(m.buttons);
    });
  }
  function typing(on) {
    var existing = log.querySelector(".cpt-typing");
    if (!on) { if (existing) existing.remove(); return; }
    if (existing) return;
    var ty = el("div", "cpt-typing"); ty.setAttribute("role", "status"); ty.setAttribute("aria-label", t.typing);
    ty.appendChild(el("i")); ty.appendChild(el("i")); ty.appendChild(el("i")); ty.appendChild(el("span", "cpt-sr", t.typing));
    log.appendChild(ty); scroll();
  }
  function error(text) { var e = el("div", "cpt-error", text); e.setAttribute("role", "alert"); log.appendChild(e); scroll(); }

  function ended() {
    form.hidden = true;
    if (state && state.rated) { addEndNote(); return; }
    var box = el("div", "cpt-csat"), p = el("p", null, t.csat), stars = el("div", "cpt-stars");
    p.id = "cpt-csat-q-" + BOT; stars.setAttribute("role", "radiogroup"); stars.setAttribute("aria-labelledby", p.id);
    [1, 2, 3, 4, 5].forEach(function (n) {
      var s = el("button", "cpt-star", String(n)); s.type = "button";
      s.setAttribute("role", "radio"); s.setAttribute("aria-checked", "false"); s.setAttribute("aria-label", t.star + " " + n + "/5");
      s.addEventListener("click", function () {
        api("POST", "/api/conversations/" + state.id + "/csat", { score: n }).then(function () {
          state.rated = true; save(); box.replaceWith(el("div", "cpt-note", t.thanks)); addEndNote();
        }).catch(function () { error(t.error); });
      });
      stars.appendChild(s);
    });
    box.appendChild(p); box.appendChild(stars); box.appendChild(el("small", null, t.csatScale));
    log.appendChild(box); scroll();
  }
  function addEndNote() {
    var n = el("div", "cpt-note", t.ended + " "), b = el("button", "cpt-restart", t.restart); b.type = "button";
    b.addEventListener("click", restart); n.appendChild(b); log.appendChild(n); scroll();
  }

  function save() { try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch (e) { /* private mode */ } }
  function load() { try { return JSON.parse(localStorage.getItem(STORE_KEY) || "null"); } catch (e) { return null; } }

  function start() {
    typing(true);
    return api("POST", "/api/bots/" + encodeURIComponent(BOT) + "/conversations", {}).then(function (o) {
      typing(false);
      state = { id: o.conversation_id, token: o.token }; save();
      showBot(o.messages);
      if (o.ended) ended();
    }).catch(function () { typing(false); error(t.error); });
  }
  function resume(saved) {
    state = saved;
    return api("GET", "/api/conversations/" + encodeURIComponent(saved.id)).then(function (c) {
      var lines = c.transcript;
      lines.forEach(function (l, i) {
        addMessage(l.role === "client" ? "client" : "bot", l.text);
        if (i === lines.length - 1 && l.role === "bot" && !c.ended) addQuick(l.buttons);
      });
      if (c.ended) ended();
    }).catch(function () { state = null; log.textContent = ""; return start(); });
  }
  function restart() {
    state = null; try { localStorage.removeItem(STORE_KEY); } catch (e) { /* ignore */ }
    log.textContent = ""; form.hidden = false; start().then(function () { input.focus(); });
  }

  function submit(text) {
    text = (text || "").trim();
    if (!text || busy || !state) return;
    if (text.length > 4000) { error(t.tooLong); return; }
    busy = true; send.disabled = true; clearQuick();
    addMessage("client", text);
    input.value = ""; autosize();
    typing(true);
    // One id per message, kept across retries: a reply lost on the way is fetched again, not played twice.
    var body = { text: text, client_message_id: messageId() };
    var path = "/api/conversations/" + encodeURIComponent(state.id) + "/messages";
    api("POST", path, body).catch(function (e) {
      if (e.status && e.status !== 503) throw e;
      return new Promise(function (ok) { setTimeout(ok, 1500); }).then(function () { return api("POST", path, body); });
    }).then(function (r) {
      typing(false); showBot(r.messages);
      if (r.ended) ended();
    }).catch(function (e) {
      typing(false); error(e.status === 413 ? t.tooLong : e.status === 429 ? t.slow : t.error);
    }).then(function () { busy = false; send.disabled = false; if (!form.hidden) input.focus(); });
  }
  function messageId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "m-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
  }
  function autosize() {
    input.style.height = "auto"; input.style.height = Math.min(input.scrollHeight, 110) + "px";
    input.style.overflowY = input.scrollHeight > 110 ? "auto" : "hidden";
  }

  var started = false;
  function open() {
    panel.hidden = false; root.classList.add("cpt-open"); launcher.setAttribute("aria-expanded", "true");
    if (!started) { started = true; var saved = load(); (saved ? resume(saved) : start()).then(function () { input.focus(); }); }
    else input.focus();
  }
  function close() { panel.hidden = true; root.classList.remove("cpt-open"); launcher.setAttribute("aria-expanded", "false"); launcher.focus(); }

  launcher.addEventListener("click", function () { panel.hidden ? open() : close(); });
  closeBtn.addEventListener("click", close);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") close(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); submit(input.value); });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); submit(input.value); } });
  input.addEventListener("input", autosize);

  function mount() {
    document.body.appendChild(root); labels();
    fetch(SERVER + "/api/bots").then(function (r) { return r.json(); }).then(function (bots) {
      bots.forEach(function (b) { if (b.id === BOT) { botName = b.name; t = L[b.language] || L.fr; } });
      labels();
    }).catch(function () { /* labels stay French */ }).then(function () { if (AUTO_OPEN) open(); });
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
