#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace Custodian::Letters {

// A mistake in a template, with the line it is on (1-based) and the part it is in ("" for the
// template itself).
struct TemplateError
{
    QString part;
    int line = 0;
    QString message;
    QString text() const;
};

// A letter template: Markdown with tags for values, conditions, lists and shared parts. The
// syntax is documented in resources/letters/README.md. Values come as a QVariantMap: a QString
// (text), a bool (flag), a QVariantMap (a group, read with dotted names) or a QVariantList of
// QVariantMaps (a list, repeated by {{#each}}).
class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Custodian::Letters::LetterTemplate)
public:
    // Reads a shared part by its name ("letterhead" for {{> letterhead}}); false when none exists.
    using PartSource = std::function<bool(const QString &name, QString *text)>;

    // Parses text; errors, when any, say what is wrong where, and the template renders nothing.
    static LetterTemplate parse(const QString &text, const PartSource &parts, QList<TemplateError> *errors);

    bool isValid() const { return m_valid; }
    // Every name the template uses must exist in schema, which holds every value of the letter
    // (a list with one item that has every name of its items). Errors name the first line a
    // mistake is on.
    QList<TemplateError> check(const QVariantMap &schema) const;
    // The Markdown of the letter. Values are written as text, never as Markdown; a value that is
    // empty is written as "[name]" and its name added to gaps.
    QString render(const QVariantMap &values, QStringList *gaps = nullptr) const;

    // value as text in Markdown: punctuation that Markdown reads is escaped, lines stay lines.
    static QString escapeMarkdown(const QString &value);

private:
    struct Node
    {
        enum class Type
        {
            Text,
            Value,
            If,
            Unless,
            Each
        };
        Type type = Type::Text;
        QString text; // the text, or the value's name
        QString part;
        int line = 0;
        QList<Node> children;
        QList<Node> otherwise; // after {{else}}
    };
    struct Scope;

    static void renderNodes(const QList<Node> &nodes, const QList<QVariantMap> &scopes, QString *out,
                            QStringList *gaps);
    static void checkNodes(const QList<Node> &nodes, const QList<QVariantMap> &scopes, QList<TemplateError> *errors);
    static QVariant lookup(const QString &name, const QList<QVariantMap> &scopes);
    static bool isTrue(const QVariant &value);

    QList<Node> m_nodes;
    bool m_valid = false;
};

} // namespace Custodian::Letters
