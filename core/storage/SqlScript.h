#pragma once

#include <QString>
#include <QStringList>

namespace Custodian::Storage {

// Splits a PostgreSQL script (a migration file) into statements that can be sent one by one.
// A ';' ends a statement only outside single-quoted strings (E'...' with backslash escapes
// included), double-quoted identifiers, '--' and (nested) '/* */' comments and dollar-quoted
// bodies ($$...$$, $tag$...$tag$), so a PL/pgSQL function stays whole. The terminating ';' is
// not part of a statement; comments before a statement are left out, comments inside it kept.
// Empty statements and stretches holding only comments are dropped. An unterminated string,
// comment or body runs to the end of the script and is returned as the last statement, for the
// server to reject with its own message.
QStringList splitPostgresScript(const QString &script);

} // namespace Custodian::Storage
