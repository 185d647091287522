#include "CtlContext.h"

#include "Centre.h"
#include "DatabaseSpec.h"

namespace hotline {

CtlContext::CtlContext(QString dbOption, QStringList arguments)
    : m_dbOption(std::move(dbOption))
    , m_arguments(std::move(arguments))
{}

CtlContext::~CtlContext() = default;

void CtlContext::parse(QCommandLineParser &parser, int positionalArguments) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(m_arguments))
        throw BadInput{parser.errorText()};
    if (parser.positionalArguments().size() > positionalArguments)
        throw BadInput{QStringLiteral("unexpected argument '%1'")
                           .arg(parser.positionalArguments().value(positionalArguments))};
}

Centre &CtlContext::centre()
{
    if (!m_centre) {
        QString error;
        const auto spec = DatabaseSpec::resolve(m_dbOption, &error);
        if (!spec)
            throw BadInput{QStringLiteral("--db: ") + error};
        m_centre = Centre::open(*spec);
        m_centre->actAsCommandLine();
    }
    return *m_centre;
}

qint64 CtlContext::positiveNumber(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const qint64 n = parser.value(option).toLongLong(&ok);
    if (!ok || n < 0)
        throw BadInput{QStringLiteral("--%1: '%2' is not a whole number of zero or more")
                           .arg(option, parser.value(option))};
    return n;
}

} // namespace hotline
