// A CSV of every indicator with its score, for an Italian spreadsheet.
show(achievement(report).indicators().csvTable(CsvFormat.ITALIAN).writeCsv(Path.of("target/indicatori-2017.csv"), CsvFormat.ITALIAN));
