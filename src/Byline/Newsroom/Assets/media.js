// The media library's "Copy" buttons: put an image's address on the clipboard, to paste into a
// story's featured-image field. Without the clipboard API the address is selected instead.
document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-copy]');
  if (!button) {
    return;
  }

  const field = document.getElementById(button.dataset.copy);
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Selected';
  }

  setTimeout(() => { button.textContent = 'Copy'; }, 2000);
});
