// The upload page's drop zone. Files dropped on the zone land on its (transparent) file input, which Blazor's
// InputFile reads; this module highlights the zone while files are dragged over it, keeps a file dropped anywhere
// else from making the browser leave the app to open it, and refuses a choice of more files than one circuit
// message can list (InputFile would send the list and the server would close the circuit).

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

export function init(zone, maxListed, page) {
  guardWindow();
  const input = zone && zone.querySelector('input[type=file]');
  if (!input) return;
  // Capturing on the zone runs before InputFile's own listener on the input, which then never hears of the choice.
  zone.addEventListener('change', (event) => {
    if (event.target !== input || !input.files || input.files.length <= maxListed) return;
    event.stopImmediatePropagation();
    const count = input.files.length;
    input.value = '';
    page.invokeMethodAsync('OnTooManyFiles', count);
  }, true);
  const on = () => zone.classList.add('is-dragging');
  const off = () => zone.classList.remove('is-dragging');
  input.addEventListener('dragenter', on);
  input.addEventListener('dragleave', off);
  input.addEventListener('drop', off);
}
