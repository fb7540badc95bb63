// The upload page's drop zone. Files dropped on the zone land on its (transparent) file input, which Blazor's
// InputFile reads; this module only highlights the zone while files are dragged over it, and keeps a file dropped
// anywhere else from making the browser leave the app to open it.

let guarded = false;

const isFileInput = (target) => target instanceof HTMLInputElement && target.type === 'file' && !target.disabled;

function guardWindow() {
  if (guarded) return;
  guarded = true;
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (event) => {
      if (!isFileInput(event.target)) {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
      }
    });
  }
}

export function init(zone) {
  guardWindow();
  const input = zone && zone.querySelector('input[type=file]');
  if (!input) return;
  const on = () => zone.classList.add('is-dragging');
  const off = () => zone.classList.remove('is-dragging');
  input.addEventListener('dragenter', on);
  input.addEventListener('dragleave', off);
  input.addEventListener('drop', off);
}
