// RunLens does not draw images in Node; see stubs/canvas/package.json.
throw new Error('canvas is stubbed in RunLens (stubs/canvas): no image drawing in Node');
