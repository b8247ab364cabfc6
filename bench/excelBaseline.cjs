// The baseline of `npm run bench` for the command line: a bare Node script that reads a workbook
// with ExcelJS and writes its cells to a new file (no report, no TypeScript). `npm run pool` should
// cost at most 1.5 times this (issue 10).
'use strict';
const ExcelJS = require('exceljs');

async function copyCells(input, output) {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(input);
  const copy = new ExcelJS.Workbook();
  source.eachSheet((sheet) => {
    const target = copy.addWorksheet(sheet.name);
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        target.getCell(r, c).value = cell.value;
      }),
    );
  });
  await copy.xlsx.writeFile(output);
}

const [input, output] = process.argv.slice(2);
copyCells(input, output).catch((e) => {
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
});
