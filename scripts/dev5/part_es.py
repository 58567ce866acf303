from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes
add("es-01-pasaporte", "Lucía Sánchez-Villalobos Prieto <lucia.sanchezvillalobos@correo.example>",
    "Copia de mi pasaporte",
    """Hola,

en la recepción de su hotel de Sevilla escanearon mi pasaporte al hacer el check-in. Ya me he ido, así que les pido que borren esa copia y me confirmen que lo han hecho.

Un saludo,
Lucía Sánchez-Villalobos Prieto
""",
    R(["Erasure"], "lucia.sanchezvillalobos@correo.example", "Lucía", "Sánchez-Villalobos Prieto"))

add("es-02-acceso-formal", "Íñigo Etxeberria Goikoetxea <inigo.etxeberria@euskal-posta.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la LOPDGDD, y solicito que me faciliten copia de todos los datos personales que traten sobre mí, en particular los relativos a mis reservas, a mi cuenta del programa de fidelización y a las grabaciones de llamadas al centro de atención al cliente, así como los fines del tratamiento y los destinatarios.

Adjunto copia de mi DNI.

Atentamente,
Íñigo Etxeberria Goikoetxea
Donostia
""",
    R(["Access"], "inigo.etxeberria@euskal-posta.example", "Íñigo", "Etxeberria Goikoetxea"))

add("es-03-mayusculas", "ROCIO GUTIERREZ BRAVO <rocio.gutierrez.b@movil-mail.example>",
    "DEJEN DE LLAMARME",
    """DEJEN DE LLAMARME PARA OFRECERME VIAJES!!!! NO QUIERO NINGUNA OFERTA NI POR TELEFONO NI POR CORREO NI POR WHATSAPP

ROCIO GUTIERREZ
""",
    R(["Opposition"], "rocio.gutierrez.b@movil-mail.example", "Rocio", "Gutierrez Bravo"))

add("es-04-sin-puntuacion", "jordiferrerpujol@correo.example",
    "cambiar telefono",
    """hola el telefono que tienen en mi cuenta esta mal es el 612 345 678 y no el 621 345 678 me lo pueden cambiar gracias jordi ferrer
""",
    R(["Rectification"], "jordiferrerpujol@correo.example", "Jordi", "Ferrer"))

add("es-05-resena", "Begoña Arrieta Zubizarreta <begona.arrieta@correo.example>",
    "Eliminar mi opinión",
    """Buenas tardes:

Escribí una opinión sobre su hotel de Bilbao hace tiempo y aparece con mi nombre completo. Quiero que la eliminen junto con mi perfil de opiniones.

Gracias,
Begoña Arrieta
""",
    R(["Erasure"], "begona.arrieta@correo.example", "Begoña", "Arrieta Zubizarreta"))

add("es-06-portabilidad", "Alejandro Ruiz de Alarcón Medina <a.ruizdealarcon@empresa-mail.example>",
    "Portabilidad de datos",
    """Buenos días,

Solicito, en virtud del derecho a la portabilidad, que me envíen mi historial de reservas y de puntos en un formato estructurado y de lectura mecánica (CSV o JSON).

Saludos cordiales,
Alejandro Ruiz de Alarcón Medina
Director Financiero
Tel. +34 91 555 0147
""",
    R(["Portability"], "a.ruizdealarcon@empresa-mail.example", "Alejandro", "Ruiz de Alarcón Medina"))

add("es-07-info-cesion", "Carmen Pérez del Río <carmen.perezdelrio@correo.example>",
    "¿A quién dan mis datos?",
    """Hola,

Reservé un paquete de vuelo y hotel con ustedes. ¿Comparten mis datos con la aerolínea y con otras empresas? ¿Cuánto tiempo los conservan después del viaje? Solo quiero saberlo.

Carmen Pérez del Río
""",
    R(["Information"], "carmen.perezdelrio@correo.example", "Carmen", "Pérez del Río"))

add("es-08-antifraude", "Mateo Quintana Luján <mateo.quintana@correo.example>",
    "Reserva rechazada por su sistema",
    """Buenas,

Intenté reservar tres noches en Valencia y la web me rechazó el pago diciendo que "el sistema de prevención de fraude ha bloqueado la operación". Mi tarjeta funciona perfectamente. Quiero que una persona revise esa decisión automática y me expliquen en qué se basa.

Mateo Quintana Luján
""",
    R(["AutomatedDecision"], "mateo.quintana@correo.example", "Mateo", "Quintana Luján"))

add("es-09-limitacion-acceso", "Nuria Casals i Roig <nuria.casals@correo-cat.example>",
    "Reclamación de daños y mis datos",
    """Bon dia / Buenos días,

Me reclaman 200 euros por supuestos daños en la habitación del hotel de Girona. No estoy de acuerdo. Mientras se resuelve, pido la limitación del tratamiento de mis datos (que no se cedan a ninguna empresa de recobro) y solicito una copia del parte de daños y de todos los datos que tengan sobre mí.

Nuria Casals i Roig
""",
    R(["Restriction", "Access"], "nuria.casals@correo-cat.example", "Nuria", "Casals i Roig"))

add("es-10-abogada", "Inmaculada Soler Montaner <isoler@soler-abogados.example>",
    "Solicitud de acceso en nombre de D. Tomás Ibarra Delgado",
    """Muy señores míos:

Actuando en nombre y representación de D. Tomás Ibarra Delgado, según poder que se adjunta, solicito el acceso a todos los datos personales de mi representado que obren en su poder, incluidas las imágenes de videovigilancia del hotel de Málaga del día 3 de septiembre de 2026.

Atentamente,

Inmaculada Soler Montaner
Abogada - Colegiada n.º 4471
Soler Abogados

Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.
""",
    R(["Access"], "isoler@soler-abogados.example", "Tomás", "Ibarra Delgado", representative="Inmaculada Soler Montaner"))

add("es-11-heredero", "Pablo Domínguez Arce <pablo.dominguez.arce@correo.example>",
    "Fallecimiento de mi padre",
    """Buenos días,

Mi padre, Ernesto Domínguez Vidal, falleció en agosto. Sigue recibiendo sus correos de ofertas y tiene una cuenta de socio. Como hijo y heredero les pido que cancelen la cuenta y borren sus datos. Puedo enviarles el certificado de defunción.

Pablo Domínguez Arce
""",
    R(["Erasure"], "pablo.dominguez.arce@correo.example", "Ernesto", "Domínguez Vidal", representative="Pablo Domínguez Arce"))

add("es-12-html-baja", "Marta Llorente Gil <marta.llorente@correo.example>",
    "Baja",
    html("Hola:",
         "Por favor, denme de baja de su bolet&iacute;n y de cualquier comunicaci&oacute;n comercial.",
         "Marta Llorente"),
    R(["Opposition"], "marta.llorente@correo.example", "Marta", "Llorente Gil"), ct=HTML)

add("es-13-latin1-queja", "José Manuel Barrios <jm.barrios@correo.example>",
    "Queja por mi estancia en Tenerife",
    """Señores:

Les escribo muy molesto. Reservamos en su hotel de Tenerife una habitación familiar con vistas al mar y nos dieron una interior, sin ventana, al lado de la cocina. El aire acondicionado no funcionaba. En recepción nos dijeron que no había otra cosa y que "así venía en la reserva", lo cual es mentira porque tengo el correo de confirmación.

Además, cuando llamé al servicio de atención al cliente me dijeron que en mi ficha pone que soy un "cliente conflictivo". Quiero que me manden una copia de todos los datos que tienen de mí, incluida esa ficha.

Y quiero que me devuelvan la diferencia de precio.

José Manuel Barrios
""",
    R(["Access"], "jm.barrios@correo.example", "José Manuel", "Barrios"),
    ct=LATIN1, encode="latin-1")

add("es-14-companero-reenvio", "Raquel Medina <raquel.medina@acme-corp.example>",
    "RV: darme de baja",
    """Hola equipo de privacidad, os reenvío este correo que llegó a reservas. Gracias, Raquel

---------- Mensaje reenviado ---------
De: Sergio Alcántara Ríos <sergio.alcantara@correo.example>
Fecha: dom, 15 nov 2026 a las 22:10
Asunto: darme de baja
Para: reservas@acme-corp.example

Buenas noches, quiero que dejen de enviarme publicidad y que eliminen mi cuenta. Sergio Alcántara
""",
    R(["Opposition", "Erasure"], "sergio.alcantara@correo.example", "Sergio", "Alcántara Ríos"))

add("es-15-reembolso", "Fernando Ugarte <fernando.ugarte@correo.example>",
    "Reembolso pendiente",
    """Hola, cancelé mi reserva de Granada dentro del plazo y todavía no me han devuelto los 312 euros. Han pasado 5 semanas. ¿Me pueden decir algo? Localizador GRX-40871.

Fernando Ugarte
""",
    R(["Unknown"], "fernando.ugarte@correo.example", "Fernando", "Ugarte"))

add("es-16-mexico-arco", "Xóchitl Ramírez Olvera <xochitl.ramirez@correo-mx.example>",
    "Derechos ARCO - cancelación",
    """Buen día,

Reservé con ustedes un hotel en Cancún el año pasado. Por este medio ejerzo mi derecho de cancelación de mis datos personales: les pido que eliminen mi cuenta y toda mi información.

Saludos,
Xóchitl Ramírez Olvera

Enviado desde mi celular
""",
    R(["Erasure"], "xochitl.ramirez@correo-mx.example", "Xóchitl", "Ramírez Olvera"))

# ---------------------------------------------------------------- tareas
add("es-17-tarea-encargado", "Álvaro Navarro <alvaro.navarro@acme-corp.example>",
    "Contrato de encargado - agencia de marketing",
    """Hola,

Vamos a contratar una agencia para las campañas de email a clientes del programa de fidelización. Nos han mandado su contrato de encargado del tratamiento. ¿Lo podéis revisar antes del día 30?

Gracias,
Álvaro Navarro
Marketing Iberia
""",
    TASK("alvaro.navarro@acme-corp.example", "Álvaro", "Navarro"))

add("es-18-tarea-eipd", "Elena Castaño <elena.castano@acme-corp.example>",
    "EIPD control biométrico",
    """Buenos días,

Dirección quiere instalar un control de acceso por huella dactilar para el personal en los hoteles de Canarias. Entiendo que hay que hacer una evaluación de impacto. ¿Podemos empezar la semana que viene?

Elena Castaño
Recursos Humanos
""",
    TASK("elena.castano@acme-corp.example", "Elena", "Castaño"))

add("es-19-tarea-registro", "David Ortega <david.ortega@acme-corp.example>",
    "Registro de actividades - programa de afiliados",
    """Hola,

Hemos lanzado un programa de afiliados con blogueros de viajes que cobran comisión por reservas. Habría que añadirlo al registro de actividades de tratamiento. Os paso la info que necesitéis.

David
""",
    TASK("david.ortega@acme-corp.example", "David", "Ortega"))

# ---------------------------------------------------------------- incidentes
add("es-20-inc-rooming", "Paula Serrano <paula.serrano@acme-corp.example>",
    "Rooming list enviada a otra agencia",
    """Hola,

Esta mañana envié por error la rooming list de un grupo (45 personas, con nombres, números de pasaporte y fechas de nacimiento) a otra agencia de viajes con la que trabajamos. Ya les he pedido que la borren. ¿Qué más tengo que hacer?

Paula Serrano
Departamento de Grupos, Madrid
""",
    INC("paula.serrano@acme-corp.example", "Paula", "Serrano"))

add("es-21-inc-huesped", "Vicente Roldán <vicente.roldan@correo.example>",
    "Documentos de otro cliente en la impresora",
    """Buenas tardes,

Ayer en el business center de su hotel de Barcelona encontré en la impresora copias del pasaporte y de la tarjeta de crédito de otro huésped. Las entregué en recepción, pero la recepcionista se rió y las dejó encima del mostrador. Me parece grave y quería que lo supieran.

Vicente Roldán
""",
    INC("vicente.roldan@correo.example", "Vicente", "Roldán"))

# ---------------------------------------------------------------- seguimientos
add("es-22-fu-dsr", "María José Fernández de Córdoba <mjfcordoba@correo.example>",
    "RE: [DSR-40988] Hemos recibido su solicitud",
    """Hola,

Les adjunto la copia del DNI que me piden. ¿Cuándo tendré respuesta?

María José

> Hemos recibido su solicitud. Para verificar su identidad...
""",
    FU("40988", "mjfcordoba@correo.example", "María José", "Fernández de Córdoba"))

add("es-23-fu-irt", "Mateo Quintana Luján <mateo.quintana@correo.example>",
    "Re: Reserva rechazada por su sistema",
    """Hola de nuevo. Sigo sin noticias y ya no hay habitaciones disponibles para esas fechas. Quiero una respuesta.

Mateo

El lun, 16 nov 2026, Mateo Quintana Luján escribió:
> Intenté reservar tres noches en Valencia y la web me rechazó el pago
""",
    FU(ref("es-08-antifraude"), "mateo.quintana@correo.example", "Mateo", "Quintana Luján"),
    headers=irt("es-08-antifraude"))

# ---------------------------------------------------------------- ignorar
add("es-24-spam-loteria", "Loteria Internacional <premios@loteria-intl.example>",
    "NOTIFICACION DE PREMIO",
    """Estimado ganador:

Su dirección de correo ha resultado premiada con 850.000 euros en el sorteo internacional. Para cobrar el premio envíe sus datos personales, copia de su pasaporte y el pago de la tasa de 350 euros.

Departamento de Premios
""",
    IGN("spam", "premios@loteria-intl.example"), headers=SPAM_HDR)

add("es-25-spam-borrado", "BorraTuRastro <ventas@borraturastro.example>",
    "¿Sus clientes quieren desaparecer de internet?",
    """Hola,

Nuestra plataforma elimina automáticamente los datos personales de sus clientes de buscadores y bases de datos. Ofrézcalo como ventaja exclusiva a sus huéspedes VIP. ¿Hablamos 10 minutos esta semana?

Un saludo,
Equipo comercial BorraTuRastro
""",
    IGN("spam", "ventas@borraturastro.example"))

add("es-26-fuera-oficina", "Javier Montes <javier.montes@agencia-sol.example>",
    "Respuesta automática: Contrato de colaboración",
    """Estoy fuera de la oficina hasta el 25 de noviembre, con acceso limitado al correo. Para asuntos urgentes, escriban a info@agencia-sol.example.

Javier Montes
""",
    IGN("auto_reply", "javier.montes@agencia-sol.example"))
