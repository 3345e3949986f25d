// A CSV of every indicator with its score, for an Italian spreadsheet.
show(render(IT).csvTable(achievement(report).indicators()).writeCsv(Path.of("target/indicatori-2017.csv"), CsvFormat.ITALIAN));
