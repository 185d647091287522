#pragma once

#include "Catalogue.h"

#include <QString>

namespace hotline {

// What a role may do (R26). The services check these before they change or hand out
// anything; the console only hides what a role cannot use.
enum class Permission {
    TakeCalls,          // intake, triage, callbacks: every role
    ViewBoard,          // see the dispatch board: every role
    Assign,             // put a visit on an engineer, move it, take it back, record results
    OverrideCheck,      // R11: force an assignment the check refused
    EditTriageContent,  // import and replace guided-triage trees
    ExportCustomerData, // job sheets, morning lists, reports with names and numbers (R26)
    ChangeSettings,     // the centre's settings
    ManageUsers,        // add users, reset passwords, disable accounts
    ReadAudit,          // the audit trail: log-ins, user changes, exports, settings
};

namespace Permissions {

bool allows(Role role, Permission permission);
QString roleCode(Role role); // operator, supervisor, admin
// Accepts the codes above; false when `code` is none of them.
bool roleFromCode(const QString &code, Role *role);

} // namespace Permissions

} // namespace hotline
