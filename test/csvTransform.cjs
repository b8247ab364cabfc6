// Jest: a .csv import is its text, as webpack's asset/source makes it.
module.exports = {
  process: (source) => ({ code: `module.exports = ${JSON.stringify(source)};` }),
};
