// The stub-and-queue snippet a host puts before the loader, so calls made
// while embed.js is still loading are not lost.
window.Rebound = window.Rebound || {
  q: [],
  mount: function (element, options) {
    var handle = { destroyed: false, destroy: function () { handle.destroyed = true; } };
    this.q.push([element, options, handle]);
    return handle;
  },
};
window.widgetA = window.Rebound.mount(document.getElementById('widget-a'), { mode: 'inline', namespace: 'board-a', company: 'Alpha Co' });
window.widgetB = window.Rebound.mount(document.getElementById('widget-b'), { mode: 'inline', namespace: 'board-b', company: 'Beta Co' });
