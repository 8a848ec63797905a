#include "LetterTemplate.h"

#include <QRegularExpression>

namespace Custodian::Letters {

namespace {

struct Token
{
    bool tag = false;
    QString text;
    QString part;
    int line = 0;
};

bool isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    return pattern.match(name).hasMatch();
}

bool isBlockTag(const QString &tag)
{
    return tag.startsWith(QLatin1Char('#')) || tag.startsWith(QLatin1Char('/')) || tag.startsWith(QLatin1Char('!')) ||
           tag.startsWith(QLatin1Char('>')) || tag == QLatin1String("else");
}

class Tokenizer
{
public:
    Tokenizer(const LetterTemplate::PartSource &parts, QList<TemplateError> *errors) : m_parts(parts), m_errors(errors)
    {}

    void read(const QString &text, const QString &part, QStringList stack, QList<Token> *tokens)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            const int number = int(i) + 1;
            QList<Token> pieces;
            qsizetype position = 0;
            bool broken = false;
            while (position <= line.size()) {
                const qsizetype open = line.indexOf(QLatin1String("{{"), position);
                if (open < 0) {
                    pieces.append({false, line.mid(position), part, number});
                    break;
                }
                const qsizetype close = line.indexOf(QLatin1String("}}"), open + 2);
                if (close < 0) {
                    error(part, number, LetterTemplate::tr("A tag is not closed: \"}}\" is missing on this line."));
                    broken = true;
                    break;
                }
                if (open > position)
                    pieces.append({false, line.mid(position, open - position), part, number});
                pieces.append({true, line.mid(open + 2, close - open - 2).trimmed(), part, number});
                position = close + 2;
            }
            if (broken)
                continue;
            int tags = 0;
            bool blank = true;
            for (const Token &piece : std::as_const(pieces)) {
                if (piece.tag)
                    ++tags;
                else if (!piece.text.trimmed().isEmpty())
                    blank = false;
            }
            const bool lastLine = i + 1 == lines.size();
            // A block tag alone on its line takes the line with it.
            if (tags == 1 && blank) {
                const Token tag = *std::find_if(pieces.cbegin(), pieces.cend(), [](const Token &t) { return t.tag; });
                if (isBlockTag(tag.text)) {
                    addTag(tag, stack, tokens, true);
                    continue;
                }
            }
            for (const Token &piece : std::as_const(pieces)) {
                if (piece.tag)
                    addTag(piece, stack, tokens, false);
                else if (!piece.text.isEmpty())
                    tokens->append(piece);
            }
            if (!lastLine)
                tokens->append({false, QStringLiteral("\n"), part, number});
        }
    }

private:
    void addTag(const Token &tag, const QStringList &stack, QList<Token> *tokens, bool standalone)
    {
        if (tag.text.startsWith(QLatin1Char('!')))
            return;
        if (!tag.text.startsWith(QLatin1Char('>'))) {
            tokens->append(tag);
            return;
        }
        const QString name = tag.text.mid(1).trimmed();
        QString text;
        if (!isName(name) || name.contains(QLatin1Char('.'))) {
            error(tag.part, tag.line, LetterTemplate::tr("\"%1\" is not the name of a part.").arg(name));
        } else if (stack.contains(name)) {
            error(tag.part, tag.line, LetterTemplate::tr("The part \"%1\" includes itself.").arg(name));
        } else if (!m_parts || !m_parts(name, &text)) {
            error(tag.part, tag.line, LetterTemplate::tr("There is no part named \"%1\".").arg(name));
        } else {
            // A part ends with its last line's end; written within a line, it adds no line of its own.
            if (!standalone && text.endsWith(QLatin1Char('\n')))
                text.chop(1);
            // Alone on its line, a part stands for whole lines, whether or not its text ends with one.
            if (standalone && !text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            read(text, name, stack + QStringList{name}, tokens);
        }
    }

    void error(const QString &part, int line, const QString &message) { m_errors->append({part, line, message}); }

    const LetterTemplate::PartSource &m_parts;
    QList<TemplateError> *m_errors;
};

} // namespace

QString TemplateError::text() const
{
    if (part.isEmpty())
        return LetterTemplate::tr("Line %1: %2").arg(line).arg(message);
    return LetterTemplate::tr("Part \"%1\", line %2: %3").arg(part).arg(line).arg(message);
}

namespace {

struct Parser
{
    const QList<Token> &tokens;
    QList<TemplateError> *errors;
    qsizetype next = 0;

    void error(const Token &at, const QString &message) { errors->append({at.part, at.line, message}); }
};

} // namespace

struct LetterTemplate::Scope
{
    // Parses up to the tag that ends the block opened by opener (none at the top); returns it.
    static QList<Node> parse(Parser &parser, const Token *opener, Token *closer)
    {
        QList<Node> nodes;
        while (parser.next < parser.tokens.size()) {
            const Token token = parser.tokens.at(parser.next++);
            if (!token.tag) {
                if (!nodes.isEmpty() && nodes.last().type == Node::Type::Text)
                    nodes.last().text += token.text;
                else
                    nodes.append({Node::Type::Text, token.text, token.part, token.line, {}, {}});
                continue;
            }
            const QString &tag = token.text;
            if (tag == QLatin1String("else") || tag.startsWith(QLatin1Char('/'))) {
                if (opener) {
                    *closer = token;
                    return nodes;
                }
                parser.error(token, tr("{{%1}} closes nothing.").arg(tag));
                continue;
            }
            if (tag.startsWith(QLatin1Char('#'))) {
                const QString keyword = tag.section(QLatin1Char(' '), 0, 0);
                const QString name = tag.section(QLatin1Char(' '), 1).trimmed();
                Node node;
                node.part = token.part;
                node.line = token.line;
                node.text = name;
                QString end;
                if (keyword == QLatin1String("#if")) {
                    node.type = Node::Type::If;
                    end = QStringLiteral("/if");
                } else if (keyword == QLatin1String("#unless")) {
                    node.type = Node::Type::Unless;
                    end = QStringLiteral("/unless");
                } else if (keyword == QLatin1String("#each")) {
                    node.type = Node::Type::Each;
                    end = QStringLiteral("/each");
                } else {
                    parser.error(token, tr("{{%1}} is not a tag: use #if, #unless or #each.").arg(tag));
                    continue;
                }
                if (!isName(name))
                    parser.error(token, tr("{{%1}} needs the name of a value.").arg(tag));
                Token closing;
                node.children = parse(parser, &token, &closing);
                if (closing.text == QLatin1String("else") && node.type == Node::Type::If) {
                    node.otherwise = parse(parser, &token, &closing);
                    if (closing.text == QLatin1String("else")) {
                        parser.error(closing,
                                     tr("{{else}} comes twice in {{%1}} of line %2.").arg(tag).arg(token.line));
                        node.otherwise += parse(parser, &token, &closing);
                    }
                }
                if (closing.text.isEmpty())
                    parser.error(token, tr("{{%1}} is never closed: {{%2}} is missing.").arg(tag, end));
                else if (closing.text != end)
                    parser.error(closing, tr("{{%1}} does not close {{%2}} of line %3: {{%4}} is expected.")
                                              .arg(closing.text, tag)
                                              .arg(token.line)
                                              .arg(end));
                nodes.append(node);
                continue;
            }
            if (!isName(tag)) {
                parser.error(token, tr("{{%1}} is not a tag or the name of a value.").arg(tag));
                continue;
            }
            nodes.append({Node::Type::Value, tag, token.part, token.line, {}, {}});
        }
        return nodes;
    }
};

LetterTemplate LetterTemplate::parse(const QString &text, const PartSource &parts, QList<TemplateError> *errors)
{
    QList<TemplateError> found;
    QList<Token> tokens;
    Tokenizer(parts, &found).read(text, QString(), {}, &tokens);
    Parser parser{tokens, &found};
    LetterTemplate result;
    result.m_nodes = Scope::parse(parser, nullptr, nullptr);
    result.m_valid = found.isEmpty();
    if (!result.m_valid)
        result.m_nodes.clear();
    if (errors)
        *errors = found;
    return result;
}

QVariant LetterTemplate::lookup(const QString &name, const QList<QVariantMap> &scopes)
{
    const QStringList path = name.split(QLatin1Char('.'));
    for (const QVariantMap &scope : scopes) {
        const auto found = scope.constFind(path.first());
        if (found == scope.constEnd())
            continue;
        QVariant value = found.value();
        for (qsizetype i = 1; i < path.size(); ++i) {
            if (value.typeId() != QMetaType::QVariantMap)
                return {};
            const QVariantMap group = value.toMap();
            const auto member = group.constFind(path.at(i));
            if (member == group.constEnd())
                return {};
            value = member.value();
        }
        return value;
    }
    return {};
}

bool LetterTemplate::isTrue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    default:
        return value.isValid() && !value.toString().trimmed().isEmpty();
    }
}

QString LetterTemplate::escapeMarkdown(const QString &value)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-.!|~=&");
    QStringList lines;
    for (const QString &raw : value.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QString escaped;
        escaped.reserve(line.size() + 8);
        for (const QChar c : line) {
            if (special.contains(c))
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        lines.append(escaped);
    }
    // A backslash at the end of a line is a hard line break.
    return lines.join(QLatin1String("\\\n"));
}

void LetterTemplate::renderNodes(const QList<Node> &nodes, const QList<QVariantMap> &scopes, QString *out,
                                 QStringList *gaps)
{
    for (const Node &node : nodes) {
        switch (node.type) {
        case Node::Type::Text:
            out->append(node.text);
            break;
        case Node::Type::Value: {
            const QVariant value = lookup(node.text, scopes);
            const QString text = value.typeId() == QMetaType::Bool ? QString() : value.toString();
            if (text.trimmed().isEmpty()) {
                out->append(escapeMarkdown(QLatin1Char('[') + node.text + QLatin1Char(']')));
                if (gaps && !gaps->contains(node.text))
                    gaps->append(node.text);
            } else {
                out->append(escapeMarkdown(text));
            }
            break;
        }
        case Node::Type::If:
            renderNodes(isTrue(lookup(node.text, scopes)) ? node.children : node.otherwise, scopes, out, gaps);
            break;
        case Node::Type::Unless:
            if (!isTrue(lookup(node.text, scopes)))
                renderNodes(node.children, scopes, out, gaps);
            break;
        case Node::Type::Each: {
            const QVariantList items = lookup(node.text, scopes).toList();
            for (const QVariant &item : items) {
                QList<QVariantMap> inner = scopes;
                inner.prepend(item.toMap());
                renderNodes(node.children, inner, out, gaps);
            }
            break;
        }
        }
    }
}

QString LetterTemplate::render(const QVariantMap &values, QStringList *gaps) const
{
    QString out;
    renderNodes(m_nodes, {values}, &out, gaps);
    return out;
}

void LetterTemplate::checkNodes(const QList<Node> &nodes, const QList<QVariantMap> &scopes,
                                QList<TemplateError> *errors)
{
    for (const Node &node : nodes) {
        if (node.type == Node::Type::Text)
            continue;
        const QVariant value = lookup(node.text, scopes);
        if (!value.isValid()) {
            errors->append({node.part, node.line, tr("This letter has no value named \"%1\".").arg(node.text)});
            continue;
        }
        const bool list = value.typeId() == QMetaType::QVariantList;
        const bool group = value.typeId() == QMetaType::QVariantMap;
        switch (node.type) {
        case Node::Type::Text:
            break;
        case Node::Type::Value:
            if (list)
                errors->append(
                    {node.part, node.line, tr("\"%1\" is a list: write its items with {{#each %1}}.").arg(node.text)});
            else if (group)
                errors->append({node.part, node.line,
                                tr("\"%1\" is a group: name one of its values, such as %1.name.").arg(node.text)});
            else if (value.typeId() == QMetaType::Bool)
                errors->append(
                    {node.part, node.line, tr("\"%1\" is a yes or no: use it in {{#if %1}}.").arg(node.text)});
            break;
        case Node::Type::If:
            checkNodes(node.children, scopes, errors);
            checkNodes(node.otherwise, scopes, errors);
            break;
        case Node::Type::Unless:
            checkNodes(node.children, scopes, errors);
            break;
        case Node::Type::Each: {
            if (!list) {
                errors->append({node.part, node.line, tr("\"%1\" is not a list.").arg(node.text)});
                break;
            }
            QList<QVariantMap> inner = scopes;
            const QVariantList items = value.toList();
            inner.prepend(items.isEmpty() ? QVariantMap() : items.first().toMap());
            checkNodes(node.children, inner, errors);
            break;
        }
        }
    }
}

QList<TemplateError> LetterTemplate::check(const QVariantMap &schema) const
{
    QList<TemplateError> errors;
    checkNodes(m_nodes, {schema}, &errors);
    return errors;
}

} // namespace Custodian::Letters
