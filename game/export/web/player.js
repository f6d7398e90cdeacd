/* The web edition's player: plays the story exported by `vn export web` (its JSON sits in index.html).
   Title, content note, title card, the lines with their stage pictures, the end card; advance, rollback,
   history, skip of read lines, auto-forward, 9 save slots and an autosave in localStorage (keyed by line
   id), settings, fullscreen, keyboard, mouse and touch. Written by hand for this project; no framework. */
(function () {
  'use strict';

  const S = JSON.parse(document.getElementById('story').textContent);
  const $ = (id) => document.getElementById(id);
  const app = $('app'), stage = $('stage'), veil = $('veil'), caption = $('caption'), box = $('textbox');
  const plate = $('nameplate'), live = $('live'), card = $('card'), overlay = $('overlay'), toastEl = $('toast');
  const quick = $('quick'), shownEl = document.querySelector('#say .shown'), restEl = document.querySelector('#say .rest');
  const pics = Array.from(stage.querySelectorAll('.pic'));
  const KEY = 'vnweb:' + S.slug + ':';
  const DURATION = { fade: 900, dissolve: 450, memory: 1500, move: 450, cut: 0 };
  const SKIP_MS = 45, MUSIC_FADE_MS = 800, HISTORY = 200, SLOTS = 9;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const byId = new Map(S.lines.map((line, i) => [line.id, i]));
  const scenes = new Map(S.scenes.map((scene) => [scene.id, scene]));

  // -- storage: every read is checked, a damaged value means the default ------------------------------
  const store = {
    get(name, fallback) {
      try {
        const raw = localStorage.getItem(KEY + name);
        return raw === null ? fallback : JSON.parse(raw);
      } catch (e) { return fallback; }
    },
    set(name, value) {
      try { localStorage.setItem(KEY + name, JSON.stringify(value)); return true; } catch (e) { return false; }
    },
  };

  const DEFAULTS = { textSize: 28, textSpeed: 40, autoDelay: 1.5, master: 0.8, music: 0.6, effects: 0.8, skipAll: false };
  const RANGES = {
    textSize: ['Text size', 20, 40, 2, (v) => v + ' px'],
    textSpeed: ['Text speed', 0, 120, 10, (v) => (v ? v + ' / s' : 'instant')],
    autoDelay: ['Auto-forward delay', 0.5, 5, 0.5, (v) => v.toFixed(1) + ' s'],
    master: ['Master volume', 0, 1, 0.1, pct], music: ['Music volume', 0, 1, 0.1, pct],
    effects: ['Effects volume', 0, 1, 0.1, pct],
  };
  function pct(v) { return Math.round(v * 100) + ' %'; }
  const settings = Object.assign({}, DEFAULTS);
  (function loadSettings() {
    const saved = store.get('settings', {});
    if (!saved || typeof saved !== 'object') return;
    for (const k of Object.keys(DEFAULTS)) {
      const v = saved[k];
      if (typeof v !== typeof DEFAULTS[k] || (typeof v === 'number' && !isFinite(v))) continue;
      settings[k] = k in RANGES ? Math.min(RANGES[k][2], Math.max(RANGES[k][1], v)) : v;
    }
  })();
  const seenList = store.get('seen', []);
  const seen = new Set(Array.isArray(seenList) ? seenList.filter((x) => typeof x === 'string') : []);

  const st = {
    screen: 'title', index: -1, furthest: -1, chars: [], typed: 0, complete: true, typeStart: 0,
    skip: false, skipHeld: false, auto: false, overlay: null, returnFocus: null, lastWheel: 0,
  };
  const timers = {};
  function later(name, ms, fn) { clearTimeout(timers[name]); timers[name] = setTimeout(fn, ms); }
  function cancel(name) { clearTimeout(timers[name]); timers[name] = undefined; }

  // -- small DOM helpers ------------------------------------------------------------------------------
  function h(tag, attrs, children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of [].concat(children || []).flat(Infinity)) if (c !== null && c !== undefined) el.append(c);
    return el;
  }
  function button(label, action, opts) {
    const o = opts || {};
    return h('button', { type: 'button', class: 'btn' + (o.primary ? ' primary' : ''), disabled: !!o.disabled,
      text: label, onclick: action });
  }
  function paragraphs(list, cls) { return h('div', { class: cls || '' }, list.map((p) => h('p', { text: p }))); }
  function toast(message) {
    toastEl.textContent = message;
    toastEl.classList.add('on');
    later('toast', 3200, () => toastEl.classList.remove('on'));
  }
  function inkFor(hex) {
    const n = parseInt(hex.slice(1), 16);
    return ((n >> 16) & 255) + ((n >> 8) & 255) + (n & 255) > 330 ? '#14141c' : '#faf8f0';
  }
  function reduced() { return reducedMotion.matches; }

  // -- sound --------------------------------------------------------------------------------------------
  const music = { el: null, name: null };
  function musicVolume() { return settings.master * settings.music; }
  function ramp(el, to, ms, done) {
    const from = el.volume, began = performance.now();
    el._ramp = began;
    function step(now) {
      if (el._ramp !== began) return;
      const t = ms ? Math.min(1, (now - began) / ms) : 1;
      el.volume = Math.max(0, Math.min(1, from + (to - from) * t));
      if (t < 1) requestAnimationFrame(step); else if (done) done();
    }
    requestAnimationFrame(step);
  }
  function setMusic(name) {
    if ((name || null) === music.name) return;
    const old = music.el;
    music.name = name || null;
    music.el = null;
    if (old) ramp(old, 0, MUSIC_FADE_MS, () => old.pause());
    const src = name && S.sounds[name];
    if (!src) return;
    const el = new Audio(src);
    el.loop = true;
    el.volume = 0;
    music.el = el;
    el.play().catch(() => {});
    ramp(el, musicVolume(), MUSIC_FADE_MS);
  }
  function playEffect(name) {
    const src = S.sounds[name];
    if (!src || settings.master * settings.effects <= 0) return;
    const el = new Audio(src);
    el.volume = settings.master * settings.effects;
    el.play().catch(() => {});
  }

  // -- pictures: two layers; the new one rises over the old (crossfade), or under a black veil (fade) -----
  let front = pics[0], wanted = null, running = [];
  function settle() {
    running.forEach((a) => a.cancel());
    running = [];
    pics.forEach((p) => { if (p !== front) p.classList.remove('under', 'front'); });
  }
  function setPicture(src, kind) {
    if (!src || src === wanted) return;
    wanted = src;
    settle();
    const next = front === pics[0] ? pics[1] : pics[0];
    next.src = src;
    next.decode().catch(() => {}).then(() => {
      if (wanted !== src) return;
      settle();
      const old = front;
      old.classList.replace('front', 'under');
      next.classList.add('front');
      front = next;
      const ms = reduced() ? 0 : (DURATION[kind] || 0);
      if (!ms) { old.classList.remove('under'); return; }
      const opts = { duration: ms, easing: 'ease-in-out' };
      if (kind === 'fade') {
        running.push(veil.animate([{ opacity: 0 }, { opacity: 1, offset: 0.5 }, { opacity: 0 }], opts));
        running.push(next.animate([{ opacity: 0 }, { opacity: 0, offset: 0.5 }, { opacity: 1, offset: 0.5 }, { opacity: 1 }], opts));
      } else {
        running.push(next.animate([{ opacity: 0 }, { opacity: 1 }], opts));
        if (kind === 'memory') {
          running.push(stage.animate([{ filter: 'none' }, { filter: 'brightness(1.3) blur(4px)', offset: 0.5 }, { filter: 'none' }], opts));
        }
      }
      running[0].onfinish = () => { if (front === next) old.classList.remove('under'); };
    });
  }
  function preload(from) {
    const names = new Set();
    for (let i = from; i < Math.min(S.lines.length, from + 6) && names.size < 2; i++) {
      const src = S.lines[i].picture;
      if (src !== wanted && !names.has(src)) { names.add(src); new Image().src = src; }
    }
  }
  function cues(line) {
    for (const name of line.sounds || []) playEffect(name);
    if (reduced()) return;
    if (line.shake) {
      const d = line.shake === 'big' ? 14 : 6;
      stage.animate([0, d, -d, d * 0.6, -d * 0.6, d * 0.3, 0].map((x) => ({ transform: 'translate(' + x + 'px,' + (x / 2) + 'px)' })),
        { duration: 500 });
    }
    if (line.flash) {
      const color = line.flash === 'red' ? '#b4282d' : line.flash === 'black' ? '#000' : '#fff';
      veil.animate([{ opacity: 0.85, backgroundColor: color }, { opacity: 0, backgroundColor: color }], { duration: 450 });
    }
  }

  // -- showing a line ---------------------------------------------------------------------------------
  function show(i, how) {
    const line = S.lines[i], prev = st.index >= 0 && st.screen === 'game' ? S.lines[st.index] : null;
    cancel('auto');
    st.index = i;
    st.furthest = Math.max(st.furthest, i);
    app.dataset.line = line.id;
    setPicture(line.picture, how === 'advance' ? line.transition : how === 'jump' ? 'fade' : 'cut');
    preload(i + 1);
    setMusic(line.music);
    if (how === 'advance' || how === 'jump') cues(line);
    app.classList.toggle('memory', !!line.memory);
    app.classList.remove('kind-say', 'kind-think', 'kind-narrate', 'kind-page');
    app.classList.add('kind-' + line.kind);
    const who = line.who && S.cast[line.who];
    plate.textContent = who ? who.name : '';
    if (who) { box.style.setProperty('--who', who.color); box.style.setProperty('--who-ink', inkFor(who.color)); }
    announce(line, prev, who, how);
    if (line.start && how !== 'back' && how !== 'skip') showCaption(line.scene);
    quick.querySelector('[data-do="back"]').disabled = i === 0;
    if (!seen.has(line.id)) { seen.add(line.id); later('seen', 600, saveSeen); }
    if (line.start && how === 'advance') autosave();
    st.chars = Array.from(line.text);
    const instant = settings.textSpeed <= 0 || how === 'back' || how === 'skip';
    st.typed = instant ? st.chars.length : 0;
    st.complete = false;
    app.classList.remove('complete');
    st.typeStart = performance.now() + (how === 'advance' ? line.pause || 0 : 0);
    render();
    if (instant) finishLine(); else requestAnimationFrame(type);
    mark('vn:line');
  }
  function announce(line, prev, who, how) {
    let text = '';
    if (line.start && how !== 'back') text += 'Scene: ' + (scenes.get(line.scene) || {}).title + '. ';
    if (line.memory && (!prev || !prev.memory)) text += 'A memory begins. ';
    if (!line.memory && prev && prev.memory) text += 'The memory ends. ';
    if (line.memory) text += 'Memory: ';
    if (who) text += who.name + (line.kind === 'think' ? ', thinking: ' : ': ');
    live.textContent = text + line.text;
  }
  function showCaption(sceneId) {
    const scene = scenes.get(sceneId);
    if (!scene) return;
    caption.textContent = scene.title;
    caption.classList.add('on');
    later('caption', 2600, () => caption.classList.remove('on'));
  }
  function render() {
    shownEl.textContent = st.chars.slice(0, st.typed).join('');
    restEl.textContent = st.chars.slice(st.typed).join('');
  }
  function type(now) {
    if (st.complete || st.screen !== 'game') return;
    const n = Math.floor(Math.max(0, now - st.typeStart) * settings.textSpeed / 1000);
    if (n !== st.typed) { st.typed = Math.min(n, st.chars.length); render(); }
    if (st.typed >= st.chars.length) finishLine(); else requestAnimationFrame(type);
  }
  function finishLine() {
    st.typed = st.chars.length;
    st.complete = true;
    render();
    app.classList.add('complete');
    scheduleAuto();
  }
  function scheduleAuto() {
    cancel('auto');
    if (!st.auto || !st.complete || st.screen !== 'game') return;
    later('auto', settings.autoDelay * 1000 + 25 * st.chars.length, () => {
      if (st.auto && !st.overlay && st.screen === 'game') next('advance');
    });
  }

  // -- moving through the story -------------------------------------------------------------------------
  function advance() {
    if (st.screen !== 'game' || st.overlay) return;
    if (app.classList.contains('ui-hidden')) { app.classList.remove('ui-hidden'); return; }
    if (!st.complete) { finishLine(); return; }
    next('advance');
  }
  function next(how) {
    if (st.index + 1 >= S.lines.length) { endScreen(); return; }
    show(st.index + 1, how);
  }
  function back() {
    if (st.screen !== 'game' || st.overlay || st.index <= 0) return;
    stopSkipAuto();
    show(st.index - 1, 'back');
  }
  function forward() {
    if (st.screen !== 'game' || st.overlay) return;
    if (!st.complete) finishLine();
    else if (st.index < st.furthest) show(st.index + 1, 'back');
  }
  function skipping() { return (st.skip || st.skipHeld) && st.screen === 'game' && !st.overlay; }
  setInterval(() => {
    if (!skipping()) return;
    const nextLine = S.lines[st.index + 1];
    if (nextLine && !seen.has(nextLine.id) && !settings.skipAll) {
      if (st.skip) toast('Skipping stopped at a line you have not read yet.');
      setSkip(false);
      return;
    }
    next('skip');
  }, SKIP_MS);
  function setSkip(on) {
    st.skip = on;
    quick.querySelector('[data-do="skip"]').setAttribute('aria-pressed', String(on));
  }
  function setAuto(on) {
    st.auto = on;
    quick.querySelector('[data-do="auto"]').setAttribute('aria-pressed', String(on));
    scheduleAuto();
  }
  function stopSkipAuto() { setSkip(false); setAuto(false); st.skipHeld = false; }
  function enterGame(i, how) {
    closeOverlay();
    st.screen = 'game';
    app.dataset.screen = 'game';
    card.hidden = true;
    app.classList.add('in-game');
    app.classList.remove('ui-hidden');
    st.index = -1;
    st.furthest = i;
    show(i, how);
    box.focus({ preventScroll: true });
  }

  // -- saves: keyed by line id, so they survive a re-export after edits ----------------------------------
  function allSaves() {
    const raw = store.get('saves', {});
    const out = {};
    if (!raw || typeof raw !== 'object') return out;
    for (const [slot, s] of Object.entries(raw)) {
      if (s && typeof s === 'object' && typeof s.line === 'string' && typeof s.when === 'number') out[slot] = s;
    }
    return out;
  }
  function record() {
    const line = S.lines[st.index];
    return { line: line.id, scene: line.scene, when: Date.now(), text: line.text.slice(0, 90) };
  }
  function writeSlot(slot, quiet) {
    if (st.index < 0) return false;
    const saves = allSaves();
    saves[slot] = record();
    const ok = store.set('saves', saves);
    if (!quiet) toast(ok ? 'Saved in slot ' + slot + '.' : 'Could not save: this browser is not keeping data for this page.');
    return ok;
  }
  function autosave() { if (st.screen === 'game' && st.index >= 0) writeSlot('auto', true); }
  function saveSeen() { store.set('seen', Array.from(seen)); }
  function resolve(save) {
    if (byId.has(save.line)) return { index: byId.get(save.line), notice: null };
    const scene = scenes.get(save.scene) || scenes.get(String(save.line).split('/')[0]);
    if (scene) return { index: scene.first, notice: 'That line has changed since the save; starting at the beginning of its scene.' };
    return { index: 0, notice: 'That scene is no longer in the story; starting from the beginning.' };
  }
  function loadSave(save) {
    const where = resolve(save);
    stopSkipAuto();
    enterGame(where.index, 'jump');
    if (where.notice) toast(where.notice);
  }
  function latestSave() {
    let best = null;
    for (const s of Object.values(allSaves())) if (!best || s.when > best.when) best = s;
    return best;
  }
  function pictureOf(save) {
    const at = resolve(save).index;
    return S.lines[at] ? S.lines[at].picture : '';
  }

  // -- cards: title, content note, title card, end ----------------------------------------------------------
  function showCard(kind, children, backdrop) {
    closeOverlay();
    st.screen = kind;
    app.dataset.screen = kind;
    app.classList.remove('in-game', 'memory');
    card.hidden = false;
    card.className = kind + (reduced() ? '' : ' fade-in');
    card.style.backgroundImage = backdrop ? 'url("' + backdrop + '")' : '';
    card.replaceChildren(...children);
    const first = card.querySelector('.btn.primary:not(:disabled)') || card.querySelector('button:not(:disabled)');
    if (first) first.focus({ preventScroll: true });
  }
  function titleScreen() {
    if (st.screen === 'game') autosave();
    stopSkipAuto();
    setMusic(null);
    const latest = latestSave();
    showCard('title', [
      h('h1', { text: S.title }), h('h2', { text: S.subtitle }),
      h('div', { class: 'menu' }, [
        button('Start', start, { primary: true }),
        button('Continue', () => loadSave(latestSave()), { disabled: !latest }),
        button('Load', () => openSlots('load'), { disabled: !latest }),
        button('Settings', openSettings),
        button('Fullscreen', toggleFullscreen),
      ]),
    ], S.titlePicture);
    if (S.lines.length) new Image().src = S.lines[0].picture;  // the first line's picture, before Begin
    mark('vn:title');
  }
  function mark(name) {  // timings for the browser tests and the benchmark (performance marks, once each)
    if (performance.mark && !performance.getEntriesByName(name).length) performance.mark(name);
  }
  function start() {
    if (S.contentNote.length) {
      showCard('content-note', [h('h2', { text: 'Content note' }), paragraphs(S.contentNote),
        h('div', { class: 'menu' }, [button('Continue', titleCard, { primary: true }), button('Back to the title', titleScreen)])]);
    } else titleCard();
  }
  function titleCard() {
    showCard('title-card', [h('h1', { text: S.title }), h('h2', { text: S.subtitle }), paragraphs(S.credits, 'credits'),
      h('div', { class: 'menu' }, [button('Begin', () => { mark('vn:begin'); enterGame(0, 'jump'); }, { primary: true })])]);
  }
  function endScreen() {
    stopSkipAuto();
    saveSeen();
    setMusic(null);
    showCard('end', [paragraphs(S.endCard), paragraphs(S.credits, 'credits'),
      h('div', { class: 'menu' }, [button('Back to the title', titleScreen, { primary: true })])]);
  }

  // -- overlays: menu, history, save/load, settings -----------------------------------------------------------
  function openOverlay(name, title, body) {
    if (!st.overlay) st.returnFocus = document.activeElement;
    st.overlay = name;
    app.dataset.overlay = name;
    cancel('auto');
    const sheet = h('div', { class: 'sheet sheet-' + name }, [
      h('header', {}, [h('h2', { id: 'overlay-title', text: title }), button('Close', closeOverlay)]), body]);
    overlay.replaceChildren(sheet);
    overlay.hidden = false;
    const first = overlay.querySelector('.menu button, .slot:not(:disabled), input') || overlay.querySelector('button');
    if (first) first.focus({ preventScroll: true });
  }
  function closeOverlay() {
    if (!st.overlay) return;
    st.overlay = null;
    delete app.dataset.overlay;
    overlay.hidden = true;
    overlay.replaceChildren();
    const prior = st.returnFocus;
    if (prior && document.contains(prior) && !prior.closest('[hidden]')) prior.focus({ preventScroll: true });
    else if (st.screen === 'game') box.focus({ preventScroll: true });
    scheduleAuto();
  }
  function openMenu() {
    openOverlay('menu', 'Menu', [
      h('div', { class: 'menu' }, [
        button('Return to the story', closeOverlay, { primary: true }),
        button('History', openHistory), button('Save', () => openSlots('save')), button('Load', () => openSlots('load')),
        button('Settings', openSettings), button('Fullscreen', toggleFullscreen), button('Back to the title', titleScreen),
      ]),
      h('p', { class: 'keys', text: 'Keys: Space or Enter to go on; PageUp, Left or the wheel to roll back; PageDown or Right to roll forward; ' +
        'hold Ctrl to skip read lines; A auto-forward; L history; H hide the text; F fullscreen; Esc this menu.' }),
    ]);
  }
  function openHistory() {
    const from = Math.max(0, st.index - HISTORY + 1);
    const items = [];
    for (let i = from; i <= st.index; i++) {
      const line = S.lines[i], who = line.who && S.cast[line.who];
      const cls = [line.memory ? 'memory' : '', line.kind === 'think' ? 'think' : ''].join(' ').trim();
      items.push(h('li', { class: cls || null }, [
        line.memory ? h('span', { class: 'sr-only', text: 'Memory: ' }) : null,
        who ? h('span', { class: 'who', style: 'color:' + who.color, text: who.name }) : null,
        h('span', { text: line.text }),
      ]));
    }
    const list = h('ol', { class: 'history-list', tabindex: '0', 'aria-label': 'Lines so far' }, items);
    openOverlay('history', 'History', list);
    list.scrollTop = list.scrollHeight;
  }
  function openSlots(mode) {
    const saves = allSaves(), slots = [];
    const names = mode === 'load' ? ['auto'] : [];
    for (let n = 1; n <= SLOTS; n++) names.push(String(n));
    for (const slot of names) {
      const s = saves[slot], label = slot === 'auto' ? 'Autosave' : 'Slot ' + slot;
      const scene = s && (scenes.get(s.scene) || {}).title;
      slots.push(h('button', {
        type: 'button', class: 'slot', 'data-slot': slot, disabled: mode === 'load' && !s,
        onclick: () => {
          if (mode === 'save') { writeSlot(slot); openSlots('save'); } else { loadSave(s); }
        },
      }, [
        s ? h('img', { src: pictureOf(s), alt: '' }) : h('div', { class: 'empty' }),
        h('div', {}, [h('strong', { text: label + (scene ? ': ' + scene : '') }),
          h('span', { text: s ? new Date(s.when).toLocaleString() : 'empty' }),
          s ? h('span', { text: s.text }) : null]),
      ]));
    }
    openOverlay(mode, mode === 'save' ? 'Save' : 'Load', h('div', { class: 'slots' }, slots));
  }
  function openSettings() {
    const rows = [];
    for (const [k, [label, min, max, stepBy, fmt]] of Object.entries(RANGES)) {
      const id = 'set-' + k;
      const out = h('output', { for: id, text: fmt(settings[k]) });
      const input = h('input', { type: 'range', id, min, max, step: stepBy, value: settings[k],
        oninput: (e) => { settings[k] = Number(e.target.value); out.textContent = fmt(settings[k]); applySettings(); } });
      rows.push(h('label', { for: id, text: label }), out, input);
    }
    const check = h('input', { type: 'checkbox', id: 'set-skipAll', checked: settings.skipAll,
      onchange: (e) => { settings.skipAll = e.target.checked; applySettings(); } });
    rows.push(h('label', { class: 'check', for: 'set-skipAll' }, [check, 'Skip lines not read yet, too']));
    openOverlay('settings', 'Settings', h('div', { class: 'settings' }, rows));
  }
  function applySettings() {
    document.documentElement.style.setProperty('--ts', String(settings.textSize));
    if (music.el) { music.el._ramp = 0; music.el.volume = Math.min(1, musicVolume()); }
    store.set('settings', settings);
  }
  function toggleFullscreen() {
    const d = document;
    if (d.fullscreenElement) { d.exitFullscreen().catch(() => {}); return; }
    const el = d.documentElement;
    if (!el.requestFullscreen) { toast('Fullscreen is not available in this browser.'); return; }
    el.requestFullscreen().catch(() => toast('Fullscreen is not available here.'));
  }
  function toggleHide() { if (st.screen === 'game') app.classList.toggle('ui-hidden'); }

  // -- input ------------------------------------------------------------------------------------------------
  const QUICK = {
    back, history: openHistory, skip: () => setSkip(!st.skip), auto: () => setAuto(!st.auto),
    save: () => openSlots('save'), load: () => openSlots('load'), settings: openSettings,
    fullscreen: toggleFullscreen, menu: openMenu,
  };
  quick.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-do]');
    if (!b) return;
    e.stopPropagation();
    QUICK[b.dataset.do]();
    if (e.detail > 0) {  // a mouse click or a tap: Space and Enter go back to advancing the story
      if (st.overlay) st.returnFocus = box; else b.blur();
    }
  });
  stage.addEventListener('click', advance);
  box.addEventListener('click', advance);
  for (const el of [stage, box]) {
    el.addEventListener('auxclick', (e) => { if (e.button === 1) toggleHide(); });
  }
  $('frame').addEventListener('contextmenu', (e) => {
    if (st.screen !== 'game') return;
    e.preventDefault();
    if (!st.overlay) openMenu();
  });
  $('frame').addEventListener('wheel', (e) => {
    if (st.screen !== 'game' || st.overlay || Math.abs(e.deltaY) < 1) return;
    const now = performance.now();
    if (now - st.lastWheel < 120) return;
    st.lastWheel = now;
    if (e.deltaY < 0) back(); else forward();
  }, { passive: true });
  overlay.addEventListener('click', (e) => { if (e.target === overlay) closeOverlay(); });

  function trapTab(e) {
    const items = Array.from(overlay.querySelectorAll('button:not(:disabled), input, [tabindex="0"]'));
    if (!items.length) return;
    const i = items.indexOf(document.activeElement);
    if (e.shiftKey && i <= 0) { e.preventDefault(); items[items.length - 1].focus(); }
    else if (!e.shiftKey && i === items.length - 1) { e.preventDefault(); items[0].focus(); }
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Control') { st.skipHeld = true; return; }
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (st.overlay) {
      if (e.key === 'Escape') { e.preventDefault(); closeOverlay(); } else if (e.key === 'Tab') trapTab(e);
      return;
    }
    const onControl = e.target.closest && e.target.closest('button, input, select, a');
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'f') { toggleFullscreen(); return; }
    if (st.screen !== 'game') {
      if (key === 'Escape' && st.screen !== 'title') titleScreen();
      return;
    }
    const actions = {
      ' ': advance, Enter: advance, PageUp: back, ArrowLeft: back, PageDown: forward, ArrowRight: forward,
      Escape: openMenu, l: openHistory, a: () => setAuto(!st.auto), h: toggleHide,
    };
    const act = actions[key];
    if (!act || ((key === ' ' || key === 'Enter') && onControl)) return;
    e.preventDefault();
    act();
  });
  document.addEventListener('keyup', (e) => { if (e.key === 'Control') st.skipHeld = false; });
  window.addEventListener('blur', () => { st.skipHeld = false; });
  function leaving() { autosave(); saveSeen(); }
  window.addEventListener('pagehide', leaving);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leaving(); });

  applySettings();
  app.classList.remove('loading');
  titleScreen();
})();
