// The demo portal's own behaviour: copy buttons for the embedding snippets.
// It never touches the widget's answers.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copyTarget);
    const status = button.parentElement.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = 'Copied to the clipboard.';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = 'Selected. Press Ctrl+C to copy.';
    }
  });
}
