// The typed window.chaperone API arrives with the desktop-shell issue. Nothing is exposed yet,
// so the renderer has no way into Node or Electron.
export {};
