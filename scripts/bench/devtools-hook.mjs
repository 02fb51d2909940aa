// A React DevTools-style global hook, installed before react-dom loads, that counts the
// function and class components each commit rendered (DevTools' own "did this fiber render" rule).
const FUNCTION = 0,
  CLASS = 1,
  FORWARD_REF = 11,
  MEMO = 14,
  SIMPLE_MEMO = 15;
const COMPONENT_TAGS = new Set([FUNCTION, CLASS, FORWARD_REF, MEMO, SIMPLE_MEMO]);
const PERFORMED_WORK = 1;

function nameOf(type) {
  if (!type) return '?';
  if (typeof type === 'function') return type.displayName || type.name || '(anonymous)';
  if (type.displayName) return type.displayName;
  if (type.render) return nameOf(type.render);
  if (type.type) return nameOf(type.type);
  return '?';
}

const listeners = new Set();
const state = { injected: false, commits: 0 };

function record(rendered, fiber, kind) {
  rendered.push({ name: nameOf(fiber.type ?? fiber.elementType), kind });
}

function mount(fiber, rendered) {
  if (COMPONENT_TAGS.has(fiber.tag) && fiber.tag !== MEMO) record(rendered, fiber, 'mount');
  for (let child = fiber.child; child; child = child.sibling) mount(child, rendered);
}

// A subtree whose child pointer did not change was not rendered in this commit.
function update(next, prev, rendered) {
  if (COMPONENT_TAGS.has(next.tag) && next.tag !== MEMO && (next.flags & PERFORMED_WORK) !== 0) record(rendered, next, 'update');
  if (next.child === prev.child) return;
  for (let child = next.child; child; child = child.sibling) {
    if (child.alternate) update(child, child.alternate, rendered);
    else mount(child, rendered);
  }
}

globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject(internals) {
    state.injected = true;
    this.renderers.set(1, internals);
    return 1;
  },
  onCommitFiberRoot(_id, root) {
    state.commits += 1;
    const current = root.current;
    const rendered = [];
    if (current.alternate) update(current, current.alternate, rendered);
    else mount(current, rendered);
    for (const listener of listeners) listener(rendered);
  },
  onPostCommitFiberRoot() {},
  onCommitFiberUnmount() {},
  setStrictMode() {},
  checkDCE() {},
};

/** Calls `listener(rendered)` after each commit with the components that rendered in it. */
globalThis.__benchRenders = {
  state,
  listen(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

globalThis.IS_REACT_ACT_ENVIRONMENT = true;
