/**
 * Wide screens show the sidebar tree although its narrow-screen `<details>` menu is closed:
 * CSS `::details-content` does it where supported; elsewhere open the menu once on load.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-sp-menu]');
if (menu && !CSS.supports('selector(::details-content)') && matchMedia('(min-width: 64.01rem)').matches) menu.open = true;
