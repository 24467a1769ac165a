(function () {
  'use strict';
  var root = document.documentElement;
  function setLang(lang) {
    var en = lang === 'en';
    root.lang = en ? 'en' : 'zh-Hans';
    document.title = root.getAttribute(en ? 'data-title-en' : 'data-title-zh');
    var buttons = document.querySelectorAll('[data-set-lang]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-set-lang') === (en ? 'en' : 'zh')));
    }
  }
  var asked = /[?&#]lang=(zh|en)\b/.exec(window.location.search + window.location.hash);
  setLang(asked ? asked[1] : (root.lang === 'en' ? 'en' : 'zh'));
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-set-lang]') : null;
    if (button) {
      setLang(button.getAttribute('data-set-lang'));
    }
  });
  var opened = [];
  window.addEventListener('beforeprint', function () {
    var details = document.querySelectorAll('details[data-print-open]');
    for (var i = 0; i < details.length; i++) {
      if (!details[i].open) {
        details[i].open = true;
        opened.push(details[i]);
      }
    }
  });
  window.addEventListener('afterprint', function () {
    while (opened.length) {
      opened.pop().open = false;
    }
  });
}());
