/** dc's d3 v6+ event adapter: imported once for its side effect (see DESIGN §7). */
declare module 'dc/src/compat/d3v6';
