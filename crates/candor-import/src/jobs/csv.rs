//! CSV with a header row: RFC 4180 quoting, and `,`, `;` or tab as the delimiter.

use super::*;

/// Rows of a CSV file with a header row. RFC 4180 with the usual extensions: the delimiter is
/// whichever of `,`, `;` and tab the header uses most; a quoted field may hold delimiters,
/// newlines and doubled quotes; lines may end in `\r\n`.
pub(super) fn csv_items(text: &str) -> Result<Items, JobImportError> {
    let delimiter = detect_delimiter(text);
    let records = csv_records(text, delimiter);
    let Some((header, rest)) = records.split_first() else {
        return Err(JobImportError::Empty);
    };
    let header = header
        .fields
        .as_ref()
        .map_err(|_| JobImportError::NoTitleColumn {
            columns: "a quoted header that never ends".to_string(),
        })?;
    let columns: Vec<Option<Field>> = header.iter().map(|name| field_for_name(name)).collect();
    if !columns.contains(&Some(Field::Title)) {
        return Err(JobImportError::NoTitleColumn {
            columns: header
                .iter()
                .map(|name| format!("{:?}", name.trim()))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let ignored_fields = header
        .iter()
        .zip(&columns)
        .filter(|(name, field)| field.is_none() && !name.trim().is_empty())
        .map(|(name, _)| name.trim().to_string())
        .collect();
    let rows = rest
        .iter()
        .filter(|record| {
            !record
                .fields
                .as_ref()
                .is_ok_and(|fields| fields.iter().all(|field| field.trim().is_empty()))
        })
        .map(|record| {
            let position = SourcePosition::Row(record.row);
            let raw = match &record.fields {
                Err(reason) => Err(reason.clone()),
                Ok(fields) if fields.len() > header.len() => Err(format!(
                    "{} fields but the header has {}; a comma in a value needs quotes around the value",
                    fields.len(),
                    header.len()
                )),
                Ok(fields) => {
                    let mut raw = RawPosting::default();
                    let mut warnings = Vec::new();
                    for ((field, name), cell) in columns.iter().zip(header).zip(fields) {
                        if let Some(field) = field {
                            raw.set(*field, name.trim(), &Value::String(cell.clone()), &mut warnings);
                        }
                    }
                    Ok((raw, warnings))
                }
            };
            (position, raw)
        })
        .collect();
    Ok(Items {
        format: JobFormat::Csv,
        rows,
        ignored_fields,
    })
}

/// The delimiter the first line uses most, outside quotes; `,` when it uses none.
pub(super) fn detect_delimiter(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => break,
            _ if !in_quotes => {
                if let Some(count) = counts.iter_mut().find(|(delimiter, _)| *delimiter == c) {
                    count.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(delimiter, count)| (*count, *delimiter == ','))
        .map_or(',', |(delimiter, _)| *delimiter)
}

/// One CSV record and the spreadsheet row it is (the first record is row 1).
pub(super) struct CsvRecord {
    row: usize,
    fields: Result<Vec<String>, String>,
}

pub(super) fn csv_records(text: &str, delimiter: char) -> Vec<CsvRecord> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let push_record = |fields: &mut Vec<String>, records: &mut Vec<CsvRecord>| {
        let row = records.len() + 1;
        records.push(CsvRecord {
            row,
            fields: Ok(std::mem::take(fields)),
        });
    };
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                push_record(&mut fields, &mut records);
            }
            _ if c == delimiter => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if in_quotes {
        let row = records.len() + 1;
        records.push(CsvRecord {
            row,
            fields: Err(
                "a quoted field starts here and never ends (a missing closing \")".to_string(),
            ),
        });
    } else if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        push_record(&mut fields, &mut records);
    }
    records
}
