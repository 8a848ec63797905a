#include "Codes.h"
